// Package api is inside the tree and imports the internal store directly:
// it gets the fix.
package api

import (
	"context"
	"database/sql"
	"os"

	"internalfix/tree/internal/store"
)

var _ = store.Pool

func ping(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use store\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Open is exported: the pool goes to callers that may close it.
func Open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}
