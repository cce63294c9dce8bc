package returns

import (
	"context"
	"database/sql"
	"fmt"
	"os"
)

// A local returned after its error check, from an unexported function
// whose one caller only reads the pool: returned all the same.
func openLocal() (*sql.DB, error) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	return conn, nil
}

func statsLocal(ctx context.Context) (int, error) {
	conn, err := openLocal()
	if err != nil {
		return 0, err
	}
	if err := conn.PingContext(ctx); err != nil {
		return 0, err
	}
	return conn.Stats().OpenConnections, nil
}

// The caller hands the pool on to a function value.
func openLocalPassed() (*sql.DB, error) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	return conn, nil
}

func runLocalPassed(f func(*sql.DB)) error {
	conn, err := openLocalPassed()
	if err != nil {
		return err
	}
	f(conn)
	return nil
}
