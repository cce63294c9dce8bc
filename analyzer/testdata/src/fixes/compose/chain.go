package compose

import (
	"context"
	"database/sql"
	"fmt"
	"os"
)

// A chain of locals that only fed the construction or its error check
// goes, link by link.
func chain(ctx context.Context) error {
	attempt := 1
	url := os.Getenv("DATABASE_URL")
	dsn := url
	conn, err := sql.Open("postgres", dsn) // want `use db\.Pool instead$`
	if err != nil {
		return fmt.Errorf("attempt %d: %w", attempt, err)
	}
	return conn.PingContext(ctx)
}

// Twin: a link of the chain is a parameter.
func chainParam(ctx context.Context, suffix string) error {
	attempt := 1
	url := os.Getenv("DATABASE_URL") + suffix
	dsn := url
	conn, err := sql.Open("postgres", dsn) // want `\(no fix: its configuration \(os\.Getenv\("DATABASE_URL"\) \+ suffix\) may differ from the shared pool's\)$`
	if err != nil {
		return fmt.Errorf("attempt %d: %w", attempt, err)
	}
	return conn.PingContext(ctx)
}
