// Package dbutil hides the constructor behind its own name.
package dbutil

import (
	"database/sql"

	"wrappers/inner"
)

func Connect(dsn string) (*sql.DB, error) { // want Connect:"constructs via inner.Open via sql.Open"
	return inner.Open(dsn) // want `^inner\.Open creates a new connection pool \(via sql\.Open\) outside the sanctioned package app/db: construct it there once and share it$`
}

func Get() *sql.DB { return inner.Shared() }
