// Package bun is a minimal stub of github.com/uptrace/bun@v1.3.0 for poolcheck's tests.
package bun

import (
	"context"
	"database/sql"

	"github.com/uptrace/bun/schema"
)

type DBOption func(db *DB)

func WithOptions(opts ...DBOption) DBOption { return nil }

type DB struct {
	*noCopyState
}

type noCopyState struct {
	*sql.DB
	dialect schema.Dialect
}

func NewDB(sqldb *sql.DB, dialect schema.Dialect, opts ...DBOption) *DB {
	return &DB{noCopyState: &noCopyState{DB: sqldb, dialect: dialect}}
}

func (db *DB) Close() error { return nil }

func (db *DB) Dialect() schema.Dialect { return db.dialect }

func (db *DB) WithNamedArg(name string, value any) *DB { return db }

type Conn struct {
	db *DB
	*sql.Conn
}

func (db *DB) Conn(ctx context.Context) (Conn, error) { return Conn{}, nil }
