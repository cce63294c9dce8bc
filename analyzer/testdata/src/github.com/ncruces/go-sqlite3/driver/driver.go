// Package driver is a stub of github.com/ncruces/go-sqlite3/driver@v0.37.0.
package driver

import (
	"database/sql"

	"github.com/ncruces/go-sqlite3"
)

func Open(dataSourceName string, fn ...func(*sqlite3.Conn) error) (*sql.DB, error) { return nil, nil }
