package otherfile

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

func addr() string { return "localhost:6379" }

func get(ctx context.Context, key string) (string, error) {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`
	defer c.Close()
	return key, c.Ping(ctx).Err()
}

// Twin: the address comes from a call; no fix, no import.
func getAt(ctx context.Context, key string) (string, error) {
	c := redis.NewClient(&redis.Options{Addr: addr()}) // want `\(no fix: the options may differ from the shared pool's\)$`
	defer c.Close()
	return key, c.Ping(ctx).Err()
}
