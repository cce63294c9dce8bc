package imports

import (
	"context"
	db "database/sql"
	"os"
)

// database/sql imported as db: the new import of fixes/db is db2, and the
// alias stays for the type.
func sqlAlias(ctx context.Context) error {
	conn, err := db.Open("postgres", os.Getenv("DATABASE_URL")) // want `^db\.Open creates a new connection pool outside the sanctioned package fixes/db; use db2\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: another database, no import added.
func sqlAliasReplica(ctx context.Context) error {
	conn, err := db.Open("postgres", "postgres://replica/app") // want `\(no fix: the hard-coded "postgres://replica/app" may name another database\)$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

var _ *db.DB
