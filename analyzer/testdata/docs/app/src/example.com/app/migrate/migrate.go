package migrate

import (
	"database/sql"
	"os"
)

// WRONG: no reason.
func Up() error {
	//poolcheck:ignore
	conn, err := sql.Open("pgx", os.Getenv("MIGRATIONS_URL"))
	if err != nil {
		return err
	}
	return conn.Close()
}

// RIGHT
func Down() error {
	//poolcheck:ignore the migration tool runs alone, as the schema owner, and needs its own pool
	conn, err := sql.Open("pgx", os.Getenv("MIGRATIONS_URL"))
	if err != nil {
		return err
	}
	return conn.Close()
}
