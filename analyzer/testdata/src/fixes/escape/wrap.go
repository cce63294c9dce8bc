package escape

import (
	"context"
	"database/sql"
	"os"

	"github.com/jmoiron/sqlx"
)

// Twin: wrapped by sqlx.NewDb, whose Close closes the pool.
func wrapped() *sqlx.DB {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is passed to sqlx\.NewDb, which may close or tune it\)$`
	if err != nil {
		panic(err)
	}
	return sqlx.NewDb(conn, "postgres")
}

// The positive: the pool is only queried, then closed.
func queried(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	_, err = conn.ExecContext(ctx, "select 1")
	return err
}
