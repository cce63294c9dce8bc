// Package noimport does not import the shared pool's package, so its type
// is unknown here: no fix.
package noimport

import (
	"database/sql"
	"os"
)

var conn, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: no -shared accessor of type \*sql\.DB is visible from this package \(its package must be imported, directly or not\)\)$`
