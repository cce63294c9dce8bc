// Package core is a minimal stub of xorm.io/xorm@v1.4.3 for poolcheck's tests.
package core

import "database/sql"

type DB struct {
	*sql.DB
}

func Open(driverName, dataSourceName string) (*DB, error) { return nil, nil }

func FromDB(db *sql.DB) *DB { return &DB{DB: db} }
