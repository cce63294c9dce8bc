// Package nomax sets large limits; without -max-conns none is reported.
package nomax

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

var DB = openDB()

func openDB() *sql.DB {
	db, _ := sql.Open("postgres", "dsn")
	db.SetMaxOpenConns(5000)
	return db
}

func pgx5(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, _ := pgxpool.ParseConfig("dsn")
	cfg.MaxConns = 5000
	return pgxpool.NewWithConfig(ctx, cfg)
}

var Cache = redis.NewClient(&redis.Options{PoolSize: 5000})
