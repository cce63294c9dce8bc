package initstmt

import (
	"database/sql"
	"os"
	"strconv"

	"github.com/redis/go-redis/v9"
)

// The construction before a switch on the client.
func beforeSwitch() string {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`
	switch n := c.PoolStats().TotalConns; {
	case n > 10:
		return "busy"
	default:
		return "idle"
	}
}

// Twin: the construction in the switch's init statement.
func inSwitchInit() string {
	switch conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")); { // want `\(no fix: the construction is in an if, switch or for header\)$`
	case err != nil:
		return err.Error()
	default:
		return strconv.Itoa(conn.Stats().Idle)
	}
}
