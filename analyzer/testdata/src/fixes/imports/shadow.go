package imports

import (
	"os"

	"github.com/redis/go-redis/v9"
)

type database struct{ name string }

// A parameter named db shadows the package name at the construction: the
// new import is named db2.
func shadowed(db *database) uint32 {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db2\.Cache instead$`
	_ = db.name
	return c.PoolStats().Hits
}

// Twin: the options come from the parameter; no fix and no import.
func shadowedOptions(db *redis.Options) uint32 {
	c := redis.NewClient(db) // want `\(no fix: its configuration \(db\) may differ from the shared pool's\)$`
	return c.PoolStats().Hits
}
