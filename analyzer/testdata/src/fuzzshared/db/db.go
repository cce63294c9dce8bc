// Package db is the sanctioned package of FuzzAnalyzer's -shared
// configuration and of the fuzzshared seed packages: every exported
// package-level variable and function without parameters here is a -shared
// accessor, one per client type that has fixes.
package db

import (
	"context"
	"database/sql"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

// Pool is the shared *sql.DB.
var Pool, _ = sql.Open("postgres", os.Getenv("DATABASE_URL"))

// Cache is the shared *redis.Client.
var Cache = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

// PG returns the shared *pgxpool.Pool.
func PG() *pgxpool.Pool { return pg }

var pg, _ = pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))

func init() { Pool.SetMaxOpenConns(20) }
