package crash

import (
	"database/sql"
	"os"

	"github.com/redis/go-redis/v9"
)

const (
	dsnKey   = "DATABASE_URL"
	redisKey = "REDIS_ADDR"
)

// The construction and its deferred Close on one line in a goroutine
// literal: each is removed within the line, the line stays.
func oneLine() {
	go func() { c, _ := sql.Open("pgx", os.Getenv(dsnKey)); defer c.Close(); _ = c.Ping() }() // want `use db\.Pool instead$`
}

// The same with a single-value constructor fed by a local of the outer
// function, which goes too.
func oneLineRedis() {
	addr := os.Getenv(redisKey)
	go func() { c := redis.NewClient(&redis.Options{Addr: addr}); defer c.Close(); _ = c.PoolStats() }() // want `use db\.Cache instead$`
}

// Twin: the one-liner hands the pool to helper; no fix, and no crash.
func oneLineEscapes() {
	go func() { c, _ := sql.Open("pgx", os.Getenv(dsnKey)); defer c.Close(); helper(c) }() // want `\(no fix: the pool is passed to helper, which may close or tune it\)$`
}
