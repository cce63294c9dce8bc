package escape

import (
	"context"
	"os"
	"time"

	"github.com/redis/go-redis/v9"
)

// A derived client used read-only: fix.
func derivedRead(ctx context.Context) error {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`
	slow := c.WithTimeout(time.Minute)
	return slow.Ping(ctx).Err()
}

// Twin: WithTimeout returns a client on the same pool, and closing it
// closes that pool, which would be the shared one.
func derivedClosed(ctx context.Context) error {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `\(no fix: the pool is closed through the client WithTimeout returns\)$`
	slow := c.WithTimeout(time.Minute)
	defer slow.Close()
	return slow.Ping(ctx).Err()
}
