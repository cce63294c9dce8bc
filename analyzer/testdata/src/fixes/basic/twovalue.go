package basic

import (
	"context"
	"database/sql"
	"os"
)

// x, err := C with its error check and deferred Close.
func twoValue(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `^sql\.Open creates a new connection pool outside the sanctioned package fixes/db; use db\.Pool instead$`
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.PingContext(ctx)
}

// Twin: a hard-coded DSN may name another database.
func twoValueReplica(ctx context.Context) error {
	conn, err := sql.Open("postgres", "postgres://replica/app") // want `\(no fix: the hard-coded "postgres://replica/app" may name another database\)$`
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.PingContext(ctx)
}

var _ *sql.DB
