package reuse

import (
	"database/sql"
	"os"

	_ "fuzzshared/db"
)

// A blank import cannot be reused: the fix adds a named one.
func blank() error {
	c, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	return c.Ping()
}
