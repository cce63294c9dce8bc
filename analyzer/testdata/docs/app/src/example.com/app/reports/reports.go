package reports

import (
	"context"
	"database/sql"
	"os"

	"example.com/app/db"
)

// WRONG: a second pool, next to the shared one.
func CountUsers(ctx context.Context) (int, error) {
	conn, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	var n int
	err = conn.QueryRowContext(ctx, "SELECT count(*) FROM users").Scan(&n)
	return n, err
}

// RIGHT: the shared pool.
func CountOrders(ctx context.Context) (int, error) {
	var n int
	err := db.Pool.QueryRowContext(ctx, "SELECT count(*) FROM orders").Scan(&n)
	return n, err
}

// Not constructions: a connection checked out of the shared pool.
func Lock(ctx context.Context) (*sql.Conn, error) { return db.Pool.Conn(ctx) }

// Suppressed, with a reason.
func Migrate() error {
	//poolcheck:ignore the migration tool runs alone and needs its own pool
	conn, err := sql.Open("pgx", os.Getenv("MIGRATIONS_URL"))
	if err != nil {
		return err
	}
	return conn.Close()
}
