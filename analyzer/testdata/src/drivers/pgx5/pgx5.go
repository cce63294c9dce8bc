package pgx5

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func constructions(ctx context.Context, url string, cfg *pgxpool.Config, cc pgx.ConnConfig) {
	p1, _ := pgxpool.New(ctx, url)           // want `^pgxpool\.New creates a new connection pool outside the sanctioned package db: construct it there once and share it$`
	p2, _ := pgxpool.NewWithConfig(ctx, cfg) // want `pgxpool\.NewWithConfig creates a new connection pool`
	p3 := must(pgxpool.New(ctx, url))        // want `pgxpool\.New creates`
	c1, _ := pgx.Connect(ctx, url)           // want `^pgx\.Connect opens a dedicated connection that bypasses the shared pool outside the sanctioned package db: construct it there once and share it$`
	c2, _ := pgconn.Connect(ctx, url)        // want `pgconn\.Connect opens a dedicated connection`
	db := stdlib.OpenDB(cc)                  // want `stdlib\.OpenDB creates a new connection pool`
	_, _, _, _, _, _ = p1, p2, p3, c1, c2, db
}

// Wrappers of an existing pool and configs are not constructions.
func wrappers(ctx context.Context, pool *pgxpool.Pool, url string) {
	_ = stdlib.OpenDBFromPool(pool)
	_ = sql.OpenDB(stdlib.GetPoolConnector(pool))
	c := stdlib.GetPoolConnector(pool)
	_ = sql.OpenDB(c)
	_, _ = pgxpool.ParseConfig(url)
	conn, _ := pool.Acquire(ctx)
	_ = conn
}

// A connector built for a new pool: the pool is made at sql.OpenDB.
func connector(cc pgx.ConnConfig) *sql.DB {
	c := stdlib.GetConnector(cc)
	return sql.OpenDB(c) // want `sql\.OpenDB creates`
}

// A connector variable that is reassigned cannot be trusted.
func reassigned(pool *pgxpool.Pool, cc pgx.ConnConfig) *sql.DB {
	c := stdlib.GetPoolConnector(pool)
	c = stdlib.GetConnector(cc)
	return sql.OpenDB(c) // want `sql\.OpenDB creates`
}
