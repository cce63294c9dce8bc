// Package reuse imports the sanctioned package in the file of the
// construction, under other names: the fix reuses the import.
package reuse

import (
	"context"
	"database/sql"
	"os"

	shared "fuzzshared/db"
)

func renamed(ctx context.Context) error {
	c, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	defer c.Close()
	if shared.Pool == nil {
		return nil
	}
	return c.PingContext(ctx)
}

// A parameter named like the package.
func param(db int) error {
	c, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	_ = db
	return c.Ping()
}
