package effects

import (
	"context"
	"os"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// ctx, cancel := feeding only the construction: ctx becomes _, the call
// and cancel stay.
func withTimeout() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	p, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL")) // want `use db\.PG instead$`
	if err != nil {
		return err
	}
	return p.Ping(context.Background())
}

func dsnFor(ctx context.Context) string { return os.Getenv("DATABASE_URL") }

// Twin: the DSN is computed by a call.
func withTimeoutDSN() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	p, err := pgxpool.New(ctx, dsnFor(ctx)) // want `\(no fix: its configuration \(dsnFor\(ctx\)\) may differ from the shared pool's\)$`
	if err != nil {
		return err
	}
	return p.Ping(context.Background())
}
