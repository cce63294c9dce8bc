package escape

import (
	"context"
	"database/sql"
	"os"
	"time"

	"github.com/redis/go-redis/v9"
)

// Stats and Ping read the pool: fix.
func observed(ctx context.Context) (sql.DBStats, error) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return sql.DBStats{}, err
	}
	return conn.Stats(), conn.PingContext(ctx)
}

// Twins: tuning would retune the shared pool for everybody.
func tunedOpen() {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is tuned with SetMaxOpenConns\)$`
	if err != nil {
		return
	}
	conn.SetMaxOpenConns(2)
	_ = conn.Stats()
}

func tunedIdle() {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is tuned with SetMaxIdleConns\)$`
	if err != nil {
		return
	}
	conn.SetMaxIdleConns(1)
	_ = conn.Stats()
}

func tunedLifetime() {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is tuned with SetConnMaxLifetime\)$`
	if err != nil {
		return
	}
	defer conn.SetConnMaxLifetime(time.Minute)
	_ = conn.Stats()
}

func tunedIdleTime() {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is tuned with SetConnMaxIdleTime\)$`
	if err != nil {
		return
	}
	conn.SetConnMaxIdleTime(time.Second)
	_ = conn.Stats()
}

// go-redis: the options are mutated through Options().
func tunedRedis(ctx context.Context) error {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `\(no fix: the pool is tuned with Options\)$`
	c.Options().PoolSize = 5
	return c.Ping(ctx).Err()
}

// go-redis: reading PoolStats is fine.
func redisStats(ctx context.Context) uint32 {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`
	_ = c.Ping(ctx)
	return c.PoolStats().Hits
}
