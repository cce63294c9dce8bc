package closes

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// A package-level client closed in this file: the Close goes with the
// construction.
var sessions = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`

func closeSessions() {
	sessions.Close()
}

func touch(ctx context.Context) error { return sessions.Ping(ctx).Err() }

// Twin: a package-level client closed in another file (pkgclose_other.go),
// which this file's fix cannot edit.
var tokens = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `\(no fix: the pool is closed in a form the fix cannot remove \(in another file\)\)$`
