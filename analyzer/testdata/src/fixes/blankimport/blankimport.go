// Package blankimport imports the sanctioned package only for its side
// effects (a blank import).
package blankimport

import (
	"context"
	"database/sql"
	"os"

	_ "fixes/db"
)

func ping(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
