package closes

import (
	"context"
	"database/sql"
	"os"
)

// A Close under a condition goes, and so does the if it leaves empty.
func condClose(ctx context.Context, keep bool) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	if !keep {
		defer conn.Close()
	}
	return conn.PingContext(ctx)
}

// Twin: the Close error decides the result.
func condCloseChecked(ctx context.Context, keep bool) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is closed in a form the fix cannot remove\)$`
	if err != nil {
		return err
	}
	if !keep {
		if err := conn.Close(); err != nil {
			return err
		}
	}
	return conn.PingContext(ctx)
}

func shouldClose() bool { return true }

// An if emptied by the fix stays when its condition or init has effects.
func condEffects(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	if shouldClose() {
		defer conn.Close()
	}
	if ok := shouldClose(); ok {
		defer conn.Close()
	}
	return conn.PingContext(ctx)
}
