package escape

import (
	"context"
	"database/sql"
	"os"
)

// Another pool in its own variable keeps its own deferred Close.
func separate(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	defer conn.Close()
	alt := other()
	defer alt.Close()
	if err := alt.PingContext(ctx); err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: the variable is reassigned, so its deferred Close closes the other
// pool, which would leak if the Close went.
func reassigned(ctx context.Context, useOther bool) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: conn is reassigned\)$`
	if err != nil {
		return err
	}
	if useOther {
		conn = other()
	}
	defer conn.Close()
	return conn.PingContext(ctx)
}
