package closes

import (
	"context"
	"database/sql"
	"os"
)

// The Close is deferred only when the construction succeeded: with the
// Close gone the check is empty and err dead; both go.
func closeIfOK(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err == nil {
		defer conn.Close()
	}
	return conn.PingContext(ctx)
}

// A closure that only reads the pool may outlive the function: fix.
func pinger() func(context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return nil
	}
	return func(ctx context.Context) error { return conn.PingContext(ctx) }
}

// Twin: a closure that closes the pool, handed to the caller.
func closer() func() error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool's method Close is used as a value\)$`
	if err != nil {
		return nil
	}
	return conn.Close
}
