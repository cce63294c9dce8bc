package imports

import (
	"context"
	"database/sql"
	"os"

	"fixes/db"
)

func shared() *sql.DB { return db.SQL() }

// The file's own import of fixes/db is reused.
func reused(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

type catalog struct{ name string }

// Twin: a parameter named db hides the file's import of fixes/db, and
// poolcheck does not import a package twice.
func hidden(ctx context.Context, db *catalog) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the import name db is shadowed here\)$`
	if err != nil {
		return err
	}
	_ = db.name
	return conn.PingContext(ctx)
}
