package escape

import (
	"context"
	"database/sql"
	"os"
)

// Only its own read-only methods: fix.
func readOnly(ctx context.Context) (int, error) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return 0, err
	}
	var n int
	if err := conn.QueryRowContext(ctx, "select 1").Scan(&n); err != nil {
		return 0, err
	}
	return n + conn.Stats().InUse, nil
}

// Twin: passed to a helper that may close it.
func passed() {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is passed to helper, which may close or tune it\)$`
	if err != nil {
		return
	}
	helper(conn)
}

var _ *sql.DB
