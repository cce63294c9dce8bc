// Package db is the sanctioned package of the baseline compatibility
// fixture (TestBaselineCompat): every kind of finding and subject that a
// baseline key can hold.
package db

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5/pgxpool"
	goredis "github.com/redis/go-redis/v9"
)

// Pool is limited above -max-conns (pool-limit, a method).
var Pool = open()

func open() *sql.DB {
	d, _ := sql.Open("postgres", "pool")
	d.SetMaxOpenConns(500)
	return d
}

// Get returns the shared pool.
func Get() *sql.DB { return Pool }

// Unlimited has no connection limit (unbounded-pool).
var Unlimited, _ = sql.Open("postgres", "unlimited")

// Cache sets a field above -max-conns (pool-limit, a field in a literal).
var Cache = goredis.NewClient(&goredis.Options{PoolSize: 500})

// Open is a sanctioned constructor: called per request, it is reported.
func Open(dsn string) (*sql.DB, error) {
	d, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	d.SetMaxOpenConns(10)
	return d, nil
}

func pgx(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig("dsn")
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 200 // pool-limit, an assigned field
	return pgxpool.NewWithConfig(ctx, cfg)
}

// Loop opens a pool on every iteration, in the sanctioned package.
func Loop(n int) {
	for i := 0; i < n; i++ {
		d, _ := sql.Open("postgres", "loop")
		d.SetMaxOpenConns(1)
		d.Close()
	}
}
