// Package limits owns connection pools with limits.
package limits

import (
	"context"
	"database/sql"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

// WRONG (poolcheck -max-conns=25)
func openWrong(ctx context.Context) (*sql.DB, *pgxpool.Pool, *redis.Client) {
	sqlDB, _ := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	sqlDB.SetMaxOpenConns(100)
	cfg, _ := pgxpool.ParseConfig(os.Getenv("DATABASE_URL"))
	cfg.MaxConns = 100
	pool, _ := pgxpool.NewWithConfig(ctx, cfg)
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR"), PoolSize: 500})
	return sqlDB, pool, rdb
}

// RIGHT
func openRight(ctx context.Context) (*sql.DB, *pgxpool.Pool, *redis.Client) {
	sqlDB, _ := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	sqlDB.SetMaxOpenConns(20)
	cfg, _ := pgxpool.ParseConfig(os.Getenv("DATABASE_URL"))
	cfg.MaxConns = 20
	pool, _ := pgxpool.NewWithConfig(ctx, cfg)
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR"), PoolSize: 20})
	return sqlDB, pool, rdb
}

// Suppressed, with a reason.
func openBatch() *sql.DB {
	sqlDB, _ := sql.Open("pgx", os.Getenv("BATCH_URL"))
	sqlDB.SetMaxOpenConns(200) //poolcheck:ignore the batch database is sized for the nightly import alone
	return sqlDB
}

var Batch = openBatch()

var SQL, Pgx, Redis = openWrong(context.Background())

var SQL2, Pgx2, Redis2 = openRight(context.Background())
