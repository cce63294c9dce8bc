package returns

import (
	"database/sql"
	"os"
)

// Twin: the unexported function's only caller returns the pool on, from an
// exported function.
func openInner() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned to callers that may close it\)$`
}

func OpenOuter() (*sql.DB, error) { return openInner() }

// An unexported function whose caller keeps the pool in a local and only
// reads it.
func openCounted() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
}

func Count() int {
	conn, err := openCounted()
	if err != nil {
		return 0
	}
	return conn.Stats().OpenConnections
}
