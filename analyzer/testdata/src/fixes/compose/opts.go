package compose

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// Options built in locals from the environment: the chain goes with the
// construction.
func optsChain(ctx context.Context) error {
	addr := os.Getenv("REDIS_ADDR")
	opts := &redis.Options{Addr: addr}
	c := redis.NewClient(opts) // want `use db\.Cache instead$`
	return c.Ping(ctx).Err()
}

// Twin: the options are changed after their literal, before the
// construction.
func optsMutated(ctx context.Context) error {
	opts := &redis.Options{Addr: os.Getenv("REDIS_ADDR")}
	opts.PoolSize = 50
	c := redis.NewClient(opts) // want `\(no fix: its configuration \(opts\) may differ from the shared pool's\)$`
	return c.Ping(ctx).Err()
}

func tune(o *redis.Options) { o.PoolSize = 50 }

// Twin: the options are handed to a function before the construction.
func optsPassed(ctx context.Context) error {
	opts := &redis.Options{Addr: os.Getenv("REDIS_ADDR")}
	tune(opts)
	c := redis.NewClient(opts) // want `\(no fix: its configuration \(opts\) may differ from the shared pool's\)$`
	return c.Ping(ctx).Err()
}
