package basic

import (
	"database/sql"
	"os"
)

// x, _ := C
func blank() int {
	conn, _ := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	return conn.Stats().OpenConnections
}

// Twin: the DSN is a parameter.
func blankParam(dsn string) int {
	conn, _ := sql.Open("postgres", dsn) // want `\(no fix: its configuration \(dsn\) may differ from the shared pool's\)$`
	return conn.Stats().OpenConnections
}

var _ *sql.DB
