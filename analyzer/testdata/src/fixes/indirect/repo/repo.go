// Package repo imports the sanctioned package; indirect sees it only
// through repo.
package repo

import (
	"database/sql"

	"fixes/db"
)

// Pool returns the shared pool.
func Pool() *sql.DB { return db.Pool }
