package handlers

// One import declaration per line; sql and os become unused.

import "context"
import "database/sql"
import "os"

// Stats opens a pool and reuses err after the check.
func Stats(ctx context.Context) (int, error) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	var n int
	err = conn.QueryRowContext(ctx, "select 1").Scan(&n)
	return n, err
}

// Count opens another one.
func Count(ctx context.Context) (int, error) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return 0, err
	}
	var n int
	err = conn.QueryRowContext(ctx, "select 2").Scan(&n)
	return n, err
}
