// Package core is a stub of github.com/xorm-io/xorm/core@v1.1.6.
package core

import "database/sql"

type DB struct{ *sql.DB }

func Open(driverName, dataSourceName string) (*DB, error) { return nil, nil }

func FromDB(db *sql.DB) *DB { return &DB{db} }
