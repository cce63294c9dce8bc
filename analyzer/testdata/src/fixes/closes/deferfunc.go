package closes

import (
	"context"
	"database/sql"
	"log"
	"os"
)

// A deferred literal that logs and closes: only the Close goes.
func deferLog(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	defer func() {
		log.Println("closing")
		conn.Close()
	}()
	return conn.PingContext(ctx)
}

// A deferred literal that only closes: the whole defer goes.
func deferOnlyClose(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	defer func() {
		conn.Close()
	}()
	return conn.PingContext(ctx)
}

// Twin: the Close error is checked, which the fix cannot remove.
func deferChecked(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is closed in a form the fix cannot remove\)$`
	if err != nil {
		return err
	}
	defer func() {
		if err := conn.Close(); err != nil {
			log.Println(err)
		}
	}()
	return conn.PingContext(ctx)
}
