package compose

import (
	"context"
	"database/sql"
	"os"
)

func migrate(context.Context) error { return nil }

// The pool is only closed and err is assigned later: the construction goes
// and err keeps a declaration.
func onlyClosed(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	defer conn.Close()
	err = migrate(ctx)
	return err
}

// Twin: the Close result is used; it cannot be removed.
func onlyClosedChecked(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is closed in a form the fix cannot remove\)$`
	if err != nil {
		return err
	}
	err = migrate(ctx)
	_ = conn.Close()
	return err
}
