// Package existing imports the sanctioned package already, under its own
// name: the fix reuses that import.
package existing

import (
	"context"
	"database/sql"
	"os"

	"fixes/db"
)

func stats() sql.DBStats { return db.SQL().Stats() }

func reuse(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: no fix, and the import is untouched.
func reuseReplica(ctx context.Context) error {
	conn, err := sql.Open("postgres", "postgres://replica/app") // want `\(no fix: the hard-coded "postgres://replica/app" may name another database\)$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
