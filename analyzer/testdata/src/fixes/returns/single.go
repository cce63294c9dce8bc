package returns

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// return C, single value, from an unexported function whose caller reads.
// No fix: returned.
func newCache() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}

func cached(ctx context.Context, key string) error {
	c := newCache()
	return c.Ping(ctx).Err()
}

// The caller closes it.
func newCacheClosed() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}

func cachedClosed(ctx context.Context) error {
	c := newCacheClosed()
	defer c.Close()
	return c.Ping(ctx).Err()
}
