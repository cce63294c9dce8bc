// Package rettest returns a pool from an unexported function that a test
// file calls and closes. The package and its test variant must give the
// same answer (go vet sees the test variant, other hosts may see only the
// package), so, as for visibility, only non-test callers decide a fix in
// a non-test file.
package rettest

import (
	"database/sql"
	"os"

	"fixes/db"
)

var _ = db.SQL

func openDB() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
}

func Idle() int {
	conn, err := openDB()
	if err != nil {
		return 0
	}
	return conn.Stats().Idle
}
