package effects

import (
	"context"
	"database/sql"
	"errors"
	"os"
)

// dsn, ok := os.LookupEnv("K") with ok still read: only dsn becomes _.
func lookup(ctx context.Context) error {
	dsn, ok := os.LookupEnv("DATABASE_URL")
	if !ok {
		return errors.New("DATABASE_URL is not set")
	}
	conn, err := sql.Open("postgres", dsn) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// dsn, _ := os.LookupEnv("K"): the whole statement goes.
func lookupBlank(ctx context.Context) error {
	dsn, _ := os.LookupEnv("DATABASE_URL")
	conn, err := sql.Open("postgres", dsn) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: the key is not a constant.
func lookupKey(ctx context.Context, key string) error {
	dsn, ok := os.LookupEnv(key)
	if !ok {
		return errors.New("not set")
	}
	conn, err := sql.Open("postgres", dsn) // want `\(no fix: its configuration \(dsn\) may differ from the shared pool's\)$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
