package closes

import (
	"context"
	"database/sql"
	"os"
)

// A plain Close statement in a function literal goes; the literal stays.
func closeInLiteral(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	cleanup := func() {
		conn.Close()
	}
	defer cleanup()
	return conn.PingContext(ctx)
}

// Twin: Close as a method value, called later.
func closeValue(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool's method Close is used as a value\)$`
	if err != nil {
		return err
	}
	closeFn := conn.Close
	defer closeFn()
	return conn.PingContext(ctx)
}

// Twin: Close through a method expression.
func closeExpr(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is passed to \(\*sql\.DB\)\.Close, which may close or tune it\)$`
	if err != nil {
		return err
	}
	defer (*sql.DB).Close(conn)
	return conn.PingContext(ctx)
}
