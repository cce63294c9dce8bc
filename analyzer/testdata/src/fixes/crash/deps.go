// Package crash holds the shapes whose fixes used to overlap and crash
// the driver: statements on one line, one import per line.
package crash

import (
	"database/sql"

	"fixes/db"
)

var _ = db.SQL

func helper(*sql.DB) {}
