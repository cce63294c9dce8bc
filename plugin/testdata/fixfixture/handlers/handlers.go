// Package handlers opens its own pools; golangci-lint --fix switches them
// to db.Pool.
package handlers

import (
	"context"
	"database/sql"
	"os"

	"example.com/fixfixture/db"
)

var _ = db.Pool

// Ping opens a pool of its own, checks the error and closes the pool.
func Ping(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.PingContext(ctx)
}

// Open returns a new pool.
func Open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}
