package returns

import (
	"database/sql"
	"os"
)

// The unexported function's only caller returns the pool on, from an
// exported function.
func openInner() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}

func OpenOuter() (*sql.DB, error) { return openInner() }

// An unexported function whose caller keeps the pool in a local and only
// reads it: still returned.
func openCounted() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}

func Count() int {
	conn, err := openCounted()
	if err != nil {
		return 0
	}
	return conn.Stats().OpenConnections
}
