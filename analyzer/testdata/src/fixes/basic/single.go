package basic

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// x := C with a single-value constructor.
func single(ctx context.Context) error {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `^redis\.NewClient creates a new connection pool outside the sanctioned package fixes/db; use db\.Cache instead$`
	defer c.Close()
	return c.Ping(ctx).Err()
}

// x = C into a variable declared before.
func singleAssign(ctx context.Context) error {
	var c *redis.Client
	c = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`
	return c.Ping(ctx).Err()
}

// Twin: tuned options make another pool.
func singleTuned(ctx context.Context) error {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR"), PoolSize: 5}) // want `\(no fix: the options may differ from the shared pool's\)$`
	defer c.Close()
	return c.Ping(ctx).Err()
}
