// Package sqlx is a minimal stub of github.com/jmoiron/sqlx@v1.4.0 for poolcheck's tests.
package sqlx

import (
	"context"
	"database/sql"
)

type DB struct {
	*sql.DB
	driverName string
	unsafe     bool
}

type Conn struct {
	*sql.Conn
	driverName string
	unsafe     bool
}

func NewDb(db *sql.DB, driverName string) *DB { return &DB{DB: db, driverName: driverName} }

func Open(driverName, dataSourceName string) (*DB, error) { return nil, nil }

func MustOpen(driverName, dataSourceName string) *DB { return nil }

func Connect(driverName, dataSourceName string) (*DB, error) { return nil, nil }

func MustConnect(driverName, dataSourceName string) *DB { return nil }

func ConnectContext(ctx context.Context, driverName, dataSourceName string) (*DB, error) {
	return nil, nil
}

func (db *DB) DriverName() string { return db.driverName }

func (db *DB) Connx(ctx context.Context) (*Conn, error) { return nil, nil }
