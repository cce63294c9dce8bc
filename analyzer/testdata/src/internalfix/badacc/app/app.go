// Package app imports the package of a malformed accessor: no fix, with
// the reason.
package app

import (
	"database/sql"
	"os"

	"internalfix/badacc/db"
)

var _ = db.Open

func stats() int {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: -shared accessor internalfix/badacc/db\.Open is not a package-level variable or a function without parameters that returns one value\)$`
	if err != nil {
		return 0
	}
	return conn.Stats().Idle
}
