package stats

import (
	"context"

	"example.com/app/db"
)

// WRONG: the construction this excused was replaced by the shared pool.
func CountUsers(ctx context.Context) (n int, err error) {
	//poolcheck:ignore reports used to need a read replica
	err = db.Pool.QueryRowContext(ctx, "SELECT count(*) FROM users").Scan(&n)
	return n, err
}

// RIGHT
func CountOrders(ctx context.Context) (n int, err error) {
	err = db.Pool.QueryRowContext(ctx, "SELECT count(*) FROM orders").Scan(&n)
	return n, err
}
