// Package outside sees the store through api but may not import it.
package outside

import (
	"database/sql"
	"os"

	"internalfix/tree/api"
)

var _ = api.Open

func Open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: internalfix/tree/internal/store is internal to another tree\)$`
}
