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

// Count opens a pool of its own to count the users.
func Count(ctx context.Context) (int, error) {
	pool, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return 0, err
	}
	var n int
	return n, pool.QueryRowContext(ctx, "SELECT count(*) FROM users").Scan(&n)
}
