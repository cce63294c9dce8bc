package imports

import (
	"context"
	"database/sql"
	"os" // the DSN comes from the environment

	"github.com/jackc/pgx/v5/pgxpool" // pgx for the hot path
)

// Comments on the import lines: a deleted import takes its comment, the
// new one goes after the commented spec.
func commented(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	var p *pgxpool.Pool
	_ = p
	return conn.PingContext(ctx)
}

// Twin: the options come from a package variable; the commented imports
// stay as they are.
var replicaOpts = &pgxpool.Config{}

func commentedConfig(ctx context.Context) error {
	p, err := pgxpool.NewWithConfig(ctx, replicaOpts) // want `\(no fix: its configuration \(replicaOpts\) may differ from the shared pool's\)$`
	if err != nil {
		return err
	}
	return p.Ping(ctx)
}
