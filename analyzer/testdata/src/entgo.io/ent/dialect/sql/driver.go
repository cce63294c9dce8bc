// Package sql is a minimal stub of entgo.io/ent@v0.14.5 for poolcheck's tests.
package sql

import (
	"context"
	"database/sql"
	"database/sql/driver"

	"entgo.io/ent/dialect"
)

type Driver struct {
	Conn
	dialect string
}

func NewDriver(dialect string, c Conn) *Driver {
	return &Driver{dialect: dialect, Conn: c}
}

func Open(dialect, source string) (*Driver, error) { return nil, nil }

func OpenDB(dialect string, db *sql.DB) *Driver {
	return NewDriver(dialect, Conn{db, dialect})
}

func (d Driver) DB() *sql.DB { return d.ExecQuerier.(*sql.DB) }

func (d Driver) Dialect() string { return d.dialect }

func (d *Driver) Tx(ctx context.Context) (dialect.Tx, error) { return d.BeginTx(ctx, nil) }

func (d *Driver) BeginTx(ctx context.Context, opts *TxOptions) (dialect.Tx, error) { return nil, nil }

func (d *Driver) Close() error { return nil }

type Tx struct {
	Conn
	driver.Tx
}

type ExecQuerier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

type Conn struct {
	ExecQuerier
	dialect string
}

func (c Conn) Exec(ctx context.Context, query string, args, v any) (rerr error) { return nil }

func (c Conn) Query(ctx context.Context, query string, args, v any) error { return nil }

type (
	TxOptions = sql.TxOptions
)

var _ dialect.Driver = (*Driver)(nil)
