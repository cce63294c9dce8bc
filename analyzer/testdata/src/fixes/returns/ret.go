package returns

import (
	"context"
	"database/sql"
	"os"
)

// return C from an unexported function whose callers only read the pool:
// a test file may call it too.
func openDB() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}

func ping(ctx context.Context) error {
	conn, err := openDB()
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// An exported function returns the pool to callers anywhere.
func OpenDB() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}
