package basic

import (
	"context"
	"database/sql"
	"os"
)

// In a case clause, compared with nil, in a generic function.
func inCase[T any](ctx context.Context, mode string, v T) error {
	switch mode {
	case "sql":
		conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
		if err != nil {
			return err
		}
		if conn == nil {
			return nil
		}
		return conn.PingContext(ctx)
	}
	_ = v
	return nil
}

// Twin: in a case clause, handed on.
func inCaseEscapes(mode string) {
	switch mode {
	case "sql":
		conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is passed to helper, which may close or tune it\)$`
		if err != nil {
			return
		}
		helper(conn)
	}
}

// In a select case: fix. The pool is read in the case body only.
func inSelect(ctx context.Context, ready <-chan struct{}) error {
	select {
	case <-ready:
		conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
		if err != nil {
			return err
		}
		return conn.PingContext(ctx)
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Twin: in a select case, tuned.
func inSelectTuned(ctx context.Context, ready <-chan struct{}) error {
	select {
	case <-ready:
		conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is tuned with SetMaxIdleConns\)$`
		if err != nil {
			return err
		}
		conn.SetMaxIdleConns(0)
		return conn.PingContext(ctx)
	case <-ctx.Done():
		return ctx.Err()
	}
}
