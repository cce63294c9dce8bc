package effects

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"sync/atomic"
)

var counter atomic.Int64

// n only fed the error message, but counter.Add has an effect: it stays.
func counted(ctx context.Context) error {
	n := counter.Add(1)
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return fmt.Errorf("open #%d: %w", n, err)
	}
	return conn.PingContext(ctx)
}

func nextDSN() string {
	counter.Add(1)
	return os.Getenv("DATABASE_URL")
}

// Twin: the DSN comes from a call with effects.
func countedDSN(ctx context.Context) error {
	conn, err := sql.Open("postgres", nextDSN()) // want `\(no fix: its configuration \(nextDSN\(\)\) may differ from the shared pool's\)$`
	if err != nil {
		return fmt.Errorf("open: %w", err)
	}
	return conn.PingContext(ctx)
}
