package basic

import (
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

func pkgVars() (*redis.Client, *sql.DB, *sql.DB) { return cache, pool, replica }

func keys() (*redis.Client, string) { return sessions, prefix }
