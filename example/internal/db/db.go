// Package db owns the one shared connection pool of the example service.
package db

import (
	"database/sql"
	"os"
	"time"
)

// Pool is the shared pool. Everything else imports it.
var Pool = open()

func open() *sql.DB {
	pool, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	pool.SetMaxOpenConns(20)
	pool.SetConnMaxIdleTime(5 * time.Minute)
	return pool
}

// SQL returns the shared pool.
func SQL() *sql.DB { return Pool }

// Close closes the shared pool when the service shuts down. Only this
// package closes it: a Close anywhere else would break every other user.
func Close() error { return Pool.Close() }
