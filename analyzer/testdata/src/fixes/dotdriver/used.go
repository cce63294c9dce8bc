package dotdriver

import (
	"context"
	"os"

	. "github.com/redis/go-redis/v9"
)

// The dot import is still used by the twin: it stays.
func pingUsed(ctx context.Context) error {
	c := NewClient(&Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`
	return c.Ping(ctx).Err()
}

// Twin: tuned options.
func pingTuned(ctx context.Context) error {
	c := NewClient(&Options{Addr: os.Getenv("REDIS_ADDR"), MinIdleConns: 2}) // want `\(no fix: the options may differ from the shared pool's\)$`
	return c.Ping(ctx).Err()
}
