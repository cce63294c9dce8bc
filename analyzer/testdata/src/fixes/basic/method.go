package basic

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// C.Method(...) with a read-only method.
func method(ctx context.Context) error {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}).Ping(ctx).Err() // want `use db\.Cache instead$`
}

// Twin: the client gets a different timeout, another client.
func methodTimeout(ctx context.Context) error {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR"), ReadTimeout: 1}).Ping(ctx).Err() // want `\(no fix: the options may differ from the shared pool's\)$`
}
