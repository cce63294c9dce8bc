// Package ext stands for code of another package: the analyzer does not
// follow a pool into it.
package ext

import (
	"context"
	"database/sql"
)

// Configure may or may not limit the pool.
func Configure(db *sql.DB) {}

// Querier is what a repository needs.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Shared is a variable of another package.
var Shared *sql.DB
