// Package rettest returns a pool from an unexported function that a test
// file calls and closes. The package and its test variant must give the
// same answer (go vet sees the test variant, other hosts may see only the
// package): a returned pool never gets a fix, in either variant. A
// package-level client closed only by a test file (cache.go) gets one in
// both: test files do not decide the fixes of non-test files.
package rettest

import (
	"database/sql"
	"os"

	"fixes/db"
)

var _ = db.SQL

func openDB() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}

func Idle() int {
	conn, err := openDB()
	if err != nil {
		return 0
	}
	return conn.Stats().Idle
}
