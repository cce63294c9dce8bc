// Package pgdialect is a minimal stub of github.com/uptrace/bun/dialect/pgdialect@v1.3.0 for poolcheck's tests.
package pgdialect

import (
	"database/sql"

	"github.com/uptrace/bun/dialect"
	"github.com/uptrace/bun/schema"
)

type Dialect struct {
	uintAsInt bool
}

var _ schema.Dialect = (*Dialect)(nil)

func New(opts ...DialectOption) *Dialect { return new(Dialect) }

type DialectOption func(d *Dialect)

func (d *Dialect) Init(*sql.DB) {}

func (d *Dialect) Name() dialect.Name { return dialect.PG }

func (d *Dialect) IdentQuote() byte { return '"' }
