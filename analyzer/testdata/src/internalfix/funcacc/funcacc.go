// Package funcacc is fixed with a function accessor, written as a call.
package funcacc

import (
	"context"
	"database/sql"
	"os"

	"fixes/db"
)

var _ = db.Pool

func ping(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.SQL\(\) instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

func stats() sql.DBStats {
	return must(sql.Open("postgres", os.Getenv("DATABASE_URL"))).Stats() // want `\(no fix: the pool is passed to must, which may close or tune it\)$`
}

func must(conn *sql.DB, err error) *sql.DB {
	if err != nil {
		panic(err)
	}
	return conn
}
