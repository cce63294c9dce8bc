package dotdriver

import (
	"context"
	"os"

	. "github.com/redis/go-redis/v9"
)

// The only use of the dot import would go with the construction, but dot
// imports are never deleted (as blank ones): the type check of the rewrite
// refuses it.
func ping(ctx context.Context) error {
	c := NewClient(&Options{Addr: os.Getenv("REDIS_ADDR")}) // want `\(no fix: the rewrite would not compile: "github\.com/redis/go-redis/v9" imported and not used\)$`
	return c.Ping(ctx).Err()
}
