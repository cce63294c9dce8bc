package returns

import (
	"context"
	"database/sql"
	"os"
)

// Named results with a bare return: returned like any other result.
func openNamed() (conn *sql.DB, err error) {
	conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
	return
}

func pingNamed(ctx context.Context) error {
	conn, err := openNamed()
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Exported.
func OpenNamed() (conn *sql.DB, err error) {
	conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
	return
}

func prepare(context.Context) error { return nil }

// Named results where err was set before the construction.
func openNamedAfter(ctx context.Context) (conn *sql.DB, err error) {
	err = prepare(ctx)
	conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
	return
}

func pingNamedAfter(ctx context.Context) error {
	conn, err := openNamedAfter(ctx)
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
