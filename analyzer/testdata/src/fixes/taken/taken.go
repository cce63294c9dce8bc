package taken

import (
	"context"
	"database/sql"
	"os"
)

// The package-level db takes the name: the new import is db2.
func taken(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db2\.Pool instead$`
	if err != nil {
		return err
	}
	_ = db
	return conn.PingContext(ctx)
}

// Twin: a DSN per database name; no fix and no import.
func takenNamed(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")+"/"+db) // want `\(no fix: its configuration \(os\.Getenv\("DATABASE_URL"\) \+ "/" \+ db\) may differ from the shared pool's\)$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
