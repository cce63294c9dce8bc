package basic

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// Two single-value constructions in one assignment: not a form that gets
// a fix (the one-construction forms are in single.go).
func pair(ctx context.Context) error {
	a, b := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}), redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `\(no fix: the construction is part of a multiple assignment\)$` `\(no fix: the construction is part of a multiple assignment\)$`
	if err := a.Ping(ctx).Err(); err != nil {
		return err
	}
	return b.Ping(ctx).Err()
}

// The second of the pair has its own options.
func pairTuned(ctx context.Context) error {
	a, b := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}), redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR"), DB: 2}) // want `\(no fix: the construction is part of a multiple assignment\)$` `\(no fix: the options may differ from the shared pool's\)$`
	if err := a.Ping(ctx).Err(); err != nil {
		return err
	}
	return b.Ping(ctx).Err()
}
