package basic

import (
	"context"
	"database/sql"
	"os"
)

func migrate(context.Context) error { return nil }

// The construction's error has another name; its check right after goes.
func errNamed(ctx context.Context) error {
	conn, openErr := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if openErr != nil {
		return openErr
	}
	return conn.PingContext(ctx)
}

// The check right after is about another error: it stays, and so does the
// construction's own check further down, with its variable.
func errOther(ctx context.Context) error {
	err := migrate(ctx)
	conn, openErr := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	if openErr != nil {
		return openErr
	}
	return conn.PingContext(ctx)
}

// A construction in a function literal at package level.
var check = func(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: a package-level function literal returns the pool.
var openFn = func() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}
