package returns

import (
	"context"
	"database/sql"
	"os"
)

// return C from an unexported function whose callers only read the pool.
func openDB() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
}

func ping(ctx context.Context) error {
	conn, err := openDB()
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: an exported function returns the pool to callers anywhere.
func OpenDB() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned to callers that may close it\)$`
}
