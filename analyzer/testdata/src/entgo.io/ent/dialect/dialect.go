// Package dialect is a minimal stub of entgo.io/ent@v0.14.5 for poolcheck's tests.
package dialect

import (
	"context"
	"database/sql/driver"
)

const (
	MySQL    = "mysql"
	SQLite   = "sqlite3"
	Postgres = "postgres"
	Gremlin  = "gremlin"
)

type ExecQuerier interface {
	Exec(ctx context.Context, query string, args, v any) error
	Query(ctx context.Context, query string, args, v any) error
}

type Driver interface {
	ExecQuerier
	Tx(context.Context) (Tx, error)
	Close() error
	Dialect() string
}

type Tx interface {
	ExecQuerier
	driver.Tx
}

type DebugDriver struct {
	Driver
	log func(context.Context, ...any)
}

func Debug(d Driver, logger ...func(...any)) Driver { return &DebugDriver{Driver: d} }

func DebugWithContext(d Driver, logger func(context.Context, ...any)) Driver {
	return &DebugDriver{Driver: d, log: logger}
}
