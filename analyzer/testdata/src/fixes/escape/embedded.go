package escape

import (
	"context"
	"database/sql"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

// repo embeds the pool: its promoted Close closes it.
type repo struct{ *sql.DB }

// Twin: embedded in a local type whose promoted Close is called.
func embedded() error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in field DB, which this package closes, tunes or passes on\)$`
	if err != nil {
		return err
	}
	r := repo{conn}
	return r.Close()
}

// Twin: stored in a field of another package's type (sqlx.DB), whose Close
// closes it.
func foreignField() error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in a field of sqlx\.DB, which may close it\)$`
	if err != nil {
		return err
	}
	x := &sqlx.DB{DB: conn}
	return x.Close()
}

// Twin: pgx's Config() is mutated.
func pgxConfigMutated(ctx context.Context) error {
	p, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is tuned with Config\)$`
	if err != nil {
		return err
	}
	p.Config().MaxConns = 4
	return p.Ping(ctx)
}

// A Close of another pool of the same name in an inner scope stays.
func innerClose(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	{
		conn := other()
		defer conn.Close()
		_ = conn.Stats()
	}
	return conn.PingContext(ctx)
}
