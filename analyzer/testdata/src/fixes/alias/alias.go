package alias

import (
	"database/sql"
	"os"

	shared "fixes/db"
)

var _ = shared.SQL

func open() *sql.DB {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use shared\.Pool instead`
	if err != nil {
		panic(err)
	}
	return conn
}
