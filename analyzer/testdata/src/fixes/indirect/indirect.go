// Package indirect sees fixes/db only through another import: analysed
// alone (go vet) it could not name it, so no host offers a fix.
package indirect

import (
	"database/sql"
	"os"

	"fixes/indirect/repo"
)

var _ = repo.Pool

func open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: this package does not import fixes/db, which holds the -shared accessors\)$`
}
