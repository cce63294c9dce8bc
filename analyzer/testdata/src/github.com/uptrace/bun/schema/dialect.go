// Package schema is a minimal stub of github.com/uptrace/bun@v1.3.0 for poolcheck's tests.
package schema

import (
	"database/sql"

	"github.com/uptrace/bun/dialect"
)

type Dialect interface {
	Init(db *sql.DB)

	Name() dialect.Name

	IdentQuote() byte
}
