// Package importline holds the second crash shape of issue 11: one import
// declaration per line, where the import that the fix leaves unused
// (go-redis) is the one after which the new import would be inserted.
package importline

import "context"
import "os"
import "github.com/redis/go-redis/v9"

func ping(ctx context.Context) error {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	defer c.Close()
	return c.Ping(ctx).Err()
}
