package closes

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// A parenthesised construction: the parentheses go with it, and so does
// its deferred Close.
func paren(ctx context.Context) error {
	c := (redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})) // want `use db\.Cache instead$`
	defer c.Close()
	return c.Ping(ctx).Err()
}

// Twin: a parenthesised construction whose Close result is kept.
func parenKept(ctx context.Context) (err error) {
	c := (redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})) // want `\(no fix: the pool is closed in a form the fix cannot remove\)$`
	defer func() { err = c.Close() }()
	return c.Ping(ctx).Err()
}
