package returns

import (
	"context"
	"database/sql"
	"os"
)

// Named results with a bare return.
func openNamed() (conn *sql.DB, err error) {
	conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	return
}

func pingNamed(ctx context.Context) error {
	conn, err := openNamed()
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: exported, so its callers are unknown.
func OpenNamed() (conn *sql.DB, err error) {
	conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned to callers that may close it\)$`
	return
}

func prepare(context.Context) error { return nil }

// Named results where err was set before the construction: the bare
// return must still return nil.
func openNamedAfter(ctx context.Context) (conn *sql.DB, err error) {
	err = prepare(ctx)
	conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	return
}

func pingNamedAfter(ctx context.Context) error {
	conn, err := openNamedAfter(ctx)
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
