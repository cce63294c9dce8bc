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
