package dot

import (
	"context"
	"database/sql"
	"os"

	. "fixes/db"
)

var _ = SQL

// A dot import is reused: the accessor is written bare.
func ping(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// return C from an unexported function that nothing calls: returned, so
// no fix (a test file may call it).
func open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}

// Exported: returned too.
func Open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}

// Twin: a local named Pool hides the dot-imported accessor.
func hiddenPool(ctx context.Context) error {
	Pool := "primary"
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: Pool is shadowed here\)$`
	if err != nil {
		return err
	}
	_ = Pool
	return conn.PingContext(ctx)
}
