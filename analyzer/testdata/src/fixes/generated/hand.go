package generated

import (
	"database/sql"
	"os"
)

// The same construction, written by hand: fix.
func handOpen() int {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return 0
	}
	return conn.Stats().Idle
}
