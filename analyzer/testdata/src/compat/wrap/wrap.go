// Package wrap has a wrapper: a function that returns a pool it
// constructs (a constructor with -wrappers).
package wrap

import "database/sql"

// Connect opens a pool.
func Connect(dsn string) *sql.DB {
	d, _ := sql.Open("postgres", dsn)
	d.SetMaxOpenConns(5)
	return d
}
