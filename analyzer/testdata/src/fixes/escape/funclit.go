package escape

import (
	"context"
	"database/sql"
	"os"
)

// A function literal that only reads the pool it builds.
func literalReads(ctx context.Context) error {
	check := func() error {
		conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
		if err != nil {
			return err
		}
		return conn.PingContext(ctx)
	}
	return check()
}

// Twin: a function literal returns the pool to its caller.
func literalReturns() int {
	get := func() *sql.DB {
		conn, _ := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
		return conn
	}
	return get().Stats().Idle
}
