// Package api is inside the tree: it may import the internal store.
package api

import (
	"database/sql"
	"os"

	"internalfix/tree/internal/store"
)

var _ = store.Pool

func Open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use store\.Pool instead`
}
