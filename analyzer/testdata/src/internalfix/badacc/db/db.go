// Package db names, in the test's -shared, a function that takes a
// parameter: not an accessor.
package db

import "database/sql"

// Open takes the DSN, so it cannot stand for the shared pool.
func Open(dsn string) *sql.DB {
	conn, _ := sql.Open("postgres", dsn)
	conn.SetMaxOpenConns(10)
	return conn
}
