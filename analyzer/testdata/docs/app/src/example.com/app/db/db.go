// Package db owns the service's one connection pool.
package db

import (
	"database/sql"
	"os"
)

// Pool is the shared pool: every other package uses it.
var Pool = open()

func open() *sql.DB {
	pool, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	pool.SetMaxOpenConns(20)
	return pool
}

// Close closes the shared pool when the service shuts down.
func Close() error { return Pool.Close() }
