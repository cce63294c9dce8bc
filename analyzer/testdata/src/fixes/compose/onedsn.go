package compose

import (
	"context"
	"database/sql"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

// One DSN local feeds two constructions: it goes once, with both.
func oneDSN(ctx context.Context) error {
	dsn := os.Getenv("DATABASE_URL")
	a, err := sql.Open("pgx", dsn) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	b, err := pgxpool.New(ctx, dsn) // want `use db\.PG instead$`
	if err != nil {
		return err
	}
	defer b.Close()
	_ = a.Stats()
	return b.Ping(ctx)
}

// Twin: the second construction escapes, so the DSN stays for it.
func oneDSNEscapes(ctx context.Context) error {
	dsn := os.Getenv("DATABASE_URL")
	a, err := sql.Open("pgx", dsn) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	b, err := sql.Open("pgx", dsn) // want `\(no fix: the pool is passed to helper, which may close or tune it\)$`
	if err != nil {
		return err
	}
	helper(b)
	return a.PingContext(ctx)
}
