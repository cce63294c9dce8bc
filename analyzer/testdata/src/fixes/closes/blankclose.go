package closes

import (
	"context"
	"database/sql"
	"os"
)

// A Close statement at the end (not deferred) goes.
func closeAtEnd(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	err = conn.PingContext(ctx)
	conn.Close()
	return err
}

// Twin: _ = x.Close() is an assignment the fix does not remove.
func closeBlank(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is closed in a form the fix cannot remove\)$`
	if err != nil {
		return err
	}
	err = conn.PingContext(ctx)
	_ = conn.Close()
	return err
}
