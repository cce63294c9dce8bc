package compose

import (
	"context"
	"database/sql"
	"errors"
	"os"
)

// The error check jumps back to a label on the construction: without the
// check the label is unused, which only the type check of the rewrite
// sees. That construction gets no fix; the one beside it still does.
func retryGoto(ctx context.Context) error {
	tries := 0
retry:
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the construction is a labeled statement\)$`
	if err != nil {
		tries++
		goto retry
	}
	_ = tries
	return conn.PingContext(ctx)
}

// Beside it, in the same file: fix.
func plain(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Shadowed err: the inner err is the construction's and goes; the outer
// one stays.
func nestedErr(ctx context.Context) error {
	err := migrate(ctx)
	if err == nil {
		conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
		if err != nil {
			return err
		}
		_ = conn.Stats()
	}
	return err
}

// A DSN local and an inner variable of the same name: only the outer one,
// which fed the construction, goes.
func shadowDSN(ctx context.Context) error {
	dsn := os.Getenv("DATABASE_URL")
	conn, err := sql.Open("postgres", dsn) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	{
		dsn := "postgres://replica/app"
		_ = len(dsn)
	}
	return conn.PingContext(ctx)
}

// The error check is the only jump to a label further down: deleting the
// check leaves the label unused, which only the type check of the rewrite
// sees.
func gotoFail(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the rewrite would not compile: [^)]*label fail declared and not used\)$`
	if err != nil {
		goto fail
	}
	return conn.PingContext(ctx)
fail:
	return errors.New("open failed")
}
