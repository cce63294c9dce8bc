package initstmt

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// The construction before a loop that polls it.
func beforeFor(ctx context.Context) {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`
	for c.Ping(ctx).Err() != nil {
	}
}

// Twin: the construction in the for statement's init.
func inForInit(ctx context.Context) {
	for c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}); c.Ping(ctx).Err() != nil; { // want `\(no fix: the construction is in an if, switch or for header\)$`
	}
}

// Twin: a single-value construction in an if's init.
func inIfInitSingle(ctx context.Context) error {
	if c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}); c != nil { // want `\(no fix: the construction is in an if, switch or for header\)$`
		return c.Ping(ctx).Err()
	}
	return nil
}
