package compose

import (
	"context"
	"database/sql"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Two constructions share err: together they leave no err at all.
func twoErr(ctx context.Context) error {
	a, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	b, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL")) // want `use db\.PG instead$`
	if err != nil {
		return err
	}
	if a.Stats().InUse > 0 {
		return nil
	}
	return b.Ping(ctx)
}

// Twin: the second one keeps its own configuration, so it keeps err, which
// it now declares.
func twoErrReplica(ctx context.Context) error {
	a, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	b, err := sql.Open("postgres", "postgres://replica/app") // want `\(no fix: the hard-coded "postgres://replica/app" may name another database\)$`
	if err != nil {
		return err
	}
	defer b.Close()
	if a.Stats().InUse > 0 {
		return nil
	}
	return b.PingContext(ctx)
}
