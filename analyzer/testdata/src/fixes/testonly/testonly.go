// Package testonly imports the sanctioned package only in a test file: a
// construction in a non-test file gets no fix, one in a test file does.
package testonly

import (
	"database/sql"
	"os"
)

func open() int {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: this package does not import fixes/db, which holds the -shared accessors\)$`
	if err != nil {
		return 0
	}
	return conn.Stats().Idle
}
