// Package db owns the shared clients of the fixes scenarios.
package db

import (
	"database/sql"
	"os"

	"github.com/redis/go-redis/v9"
)

var Pool, _ = sql.Open("postgres", os.Getenv("DATABASE_URL"))

var Cache = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

func init() { Pool.SetMaxOpenConns(20) }

// SQL is a function accessor; Pool comes first in -shared, so it is used.
func SQL() *sql.DB { return Pool }
