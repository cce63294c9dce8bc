package basic

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

// pgxpool.New(ctx, dsn): two values with a context.
func pgx(ctx context.Context) error {
	p, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL")) // want `^pgxpool\.New creates a new connection pool outside the sanctioned package fixes/db; use db\.PG instead$`
	if err != nil {
		return err
	}
	defer p.Close()
	return p.Ping(ctx)
}

// Twin: a config from the caller may differ.
func pgxConfig(ctx context.Context, cfg *pgxpool.Config) error {
	p, err := pgxpool.NewWithConfig(ctx, cfg) // want `\(no fix: its configuration \(cfg\) may differ from the shared pool's\)$`
	if err != nil {
		return err
	}
	defer p.Close()
	return p.Ping(ctx)
}

// Twin: a config parsed from the environment, then tuned.
func pgxParsed(ctx context.Context) error {
	cfg, err := pgxpool.ParseConfig(os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	cfg.MaxConns = 4
	p, err := pgxpool.NewWithConfig(ctx, cfg) // want `\(no fix: its configuration \(cfg\) may differ from the shared pool's\)$`
	if err != nil {
		return err
	}
	return p.Ping(ctx)
}
