package basic

import (
	"context"
	"database/sql"
	"os"

	"github.com/redis/go-redis/v9"
)

// Package-level var x = C, single and two values.
var cache = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`

var pool, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`

// Twin: a replica is another database.
var replica, _ = sql.Open("postgres", "postgres://replica/app") // want `\(no fix: the hard-coded "postgres://replica/app" may name another database\)$`

// A grouped package-level declaration: only the construction changes.
var (
	sessions = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`
	prefix   = "session:"
)

// The variables are only read in the package (returning them would hand
// them to callers).
func pkgVars(ctx context.Context) int {
	_ = cache.Ping(ctx)
	return pool.Stats().Idle + replica.Stats().Idle
}

func keys(ctx context.Context) (string, error) { return prefix, sessions.Ping(ctx).Err() }
