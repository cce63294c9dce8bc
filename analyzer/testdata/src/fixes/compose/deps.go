// Package compose holds constructions whose fixes share statements: one
// err, one DSN local, one import. Every subset of them must compile.
package compose

import (
	"database/sql"

	"fixes/db"
)

var _ = db.SQL

func helper(*sql.DB) {}
