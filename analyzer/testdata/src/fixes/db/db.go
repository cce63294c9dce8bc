// Package db owns the shared clients of the fixes scenarios.
package db

import (
	"context"
	"database/sql"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

var Pool, _ = sql.Open("postgres", os.Getenv("DATABASE_URL"))

var Cache = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

// PG is the shared pgx pool.
var PG, _ = pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))

func init() { Pool.SetMaxOpenConns(20) }

// SQL is a function accessor; Pool comes first in -shared, so it is used.
func SQL() *sql.DB { return Pool }
