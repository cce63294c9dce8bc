// Package blankimport imports the sanctioned package only for its side
// effects (a blank import).
package blankimport

import (
	"context"
	"database/sql"
	"os"

	_ "fixes/db"
)

func ping(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: a replica; no fix, and the blank import stays as it is.
func pingReplica(ctx context.Context) error {
	conn, err := sql.Open("postgres", "postgres://replica/app") // want `\(no fix: the hard-coded "postgres://replica/app" may name another database\)$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
