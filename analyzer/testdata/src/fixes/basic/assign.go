package basic

import (
	"context"
	"database/sql"
	"os"
)

// x, err = C with err read again later, but nil before: err needs no
// assignment.
func assignErrRead(ctx context.Context) error {
	var conn *sql.DB
	var err error
	conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	err = conn.PingContext(ctx)
	return err
}

// x, err = C with err dead afterwards: its declaration goes too.
func assignErrDead(ctx context.Context) error {
	var conn *sql.DB
	var err error
	conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: a DSN built from the environment plus a literal is another DSN.
func assignSuffix(ctx context.Context) error {
	var conn *sql.DB
	var err error
	conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")+"?sslmode=disable") // want `\(no fix: its configuration \(os\.Getenv\("DATABASE_URL"\) \+ "\?sslmode=disable"\) may differ from the shared pool's\)$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// A pre-declared err that only the construction wrote is left dead: its
// declaration goes.
func predeclaredErr(ctx context.Context) error {
	var err error
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

func warmUp(context.Context) error { return nil }

// x, err = C where err may be non-nil before and is read after: err is
// reset to nil, as the construction did.
func assignErrNonNil(ctx context.Context) error {
	var conn *sql.DB
	err := warmUp(ctx)
	conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if conn.Stats().InUse > 0 {
		return nil
	}
	return err
}

// conn declared before, err declared by the construction's :=.
func predeclaredConn(ctx context.Context) error {
	var conn *sql.DB
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// err is the named result, assigned (not declared) by the construction's
// :=, and read by a deferred function that may also write it: err is set
// to nil explicitly (conservative, and what the construction did).
func namedErr(ctx context.Context) (err error) {
	defer func() {
		if err != nil {
			err = context.Cause(ctx)
		}
	}()
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
