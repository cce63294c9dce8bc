package forms

import (
	"context"
	"database/sql"
	"os"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// A ctx, cancel local feeds a returned construction; the only caller keeps
// the pool in a local it does not close.
func openPG() (*pgxpool.Pool, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
}

func usePG(ctx context.Context) error {
	p, err := openPG()
	if err != nil {
		return err
	}
	_, err = p.Exec(ctx, "select 1")
	return err
}

// Named results and a bare return.
func named() (c *sql.DB, err error) {
	c, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))
	return
}

func useNamed() error {
	c, err := named()
	if err != nil {
		return err
	}
	return c.Ping()
}

// Exported: callers elsewhere may close the pool.
func Open() (*sql.DB, error) {
	dsn := os.Getenv("DATABASE_URL")
	return sql.Open("postgres", dsn)
}

// The caller closes what it gets.
func openClosed() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

func closeIt() {
	c, err := openClosed()
	if err == nil {
		c.Close()
	}
}

// A context argument that is a call with effects.
func traced(ctx context.Context, name string) context.Context {
	_ = name
	return ctx
}

func tracedCtx(ctx context.Context) error {
	p, err := pgxpool.New(traced(ctx, "db.open"), os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	defer p.Close()
	return p.Ping(ctx)
}
