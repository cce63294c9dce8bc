// Package dialect is a minimal stub of github.com/uptrace/bun@v1.3.0 for poolcheck's tests.
package dialect

type Name int

const (
	Invalid Name = iota
	PG
	SQLite
	MySQL
	MSSQL
	Oracle
)
