// Package noimport does not import the shared pool's package: no fix, in
// every host.
package noimport

import (
	"database/sql"
	"os"
)

var conn, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: this package does not import fixes/db, which holds the -shared accessors\)$`
