package rettest

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// A package-level client that only a test file closes: as above, the
// test file does not decide the fix of a non-test file.
var cache = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`

func Ping(ctx context.Context) error { return cache.Ping(ctx).Err() }
