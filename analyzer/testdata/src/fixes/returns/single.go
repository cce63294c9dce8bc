package returns

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// return C, single value, from an unexported function whose caller reads.
func newCache() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`
}

func cached(ctx context.Context, key string) error {
	c := newCache()
	return c.Ping(ctx).Err()
}

// Twin: the caller closes it.
func newCacheClosed() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `\(no fix: the pool is returned by newCacheClosed and there the pool is closed in a form the fix cannot remove\)$`
}

func cachedClosed(ctx context.Context) error {
	c := newCacheClosed()
	defer c.Close()
	return c.Ping(ctx).Err()
}
