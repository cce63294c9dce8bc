// Package escape holds pools that leave the construction's function in a
// way that could close or tune them (no fix) beside twins that only read
// them (fix).
package escape

import (
	"database/sql"

	"fixes/db"
)

var _ = db.SQL

func helper(*sql.DB) {}

func other() *sql.DB { return nil }
