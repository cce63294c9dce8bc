package dot

import (
	"database/sql"
	"os"

	. "fixes/db"
)

var _ = SQL

func open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use Pool instead`
}
