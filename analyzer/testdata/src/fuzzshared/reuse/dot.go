package reuse

import (
	"context"
	"os"

	. "fuzzshared/db"

	"github.com/redis/go-redis/v9"
)

var _ = Pool

func dotted(ctx context.Context) error {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	defer c.Close()
	return c.Ping(ctx).Err()
}
