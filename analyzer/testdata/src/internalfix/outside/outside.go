// Package outside may not import the internal store; it sees it only
// through api, which is not an import of the accessor's package: no fix.
package outside

import (
	"database/sql"
	"os"

	"internalfix/tree/api"
)

var _ = api.Open

func Open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: this package does not import internalfix/tree/internal/store, which holds the -shared accessors\)$`
}
