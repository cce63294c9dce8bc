package escape

import (
	"context"
	"database/sql"
	"os"
)

// Parenthesised uses and a switch on the pool only read it: fix.
func parenUse(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	switch conn {
	case nil:
		return nil
	}
	return (conn).PingContext(ctx)
}

// Twins: literals and sends that hold the pool.
func inMapLiteral() map[string]*sql.DB {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in a map, slice or interface\)$`
	if err != nil {
		return nil
	}
	return map[string]*sql.DB{"main": conn}
}

func inArray() int {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in a map, slice or interface\)$`
	if err != nil {
		return 0
	}
	pools := [1]*sql.DB{conn}
	return len(pools)
}

// A field of an anonymous struct that is only read: fix.
func inAnonStruct() int {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return 0
	}
	holder := struct{ c *sql.DB }{conn}
	return holder.c.Stats().Idle
}

func inSelect(ch chan *sql.DB) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is sent on a channel\)$`
	if err != nil {
		return
	}
	select {
	case ch <- conn:
	default:
	}
}

// A case comparison only reads the pool: fix.
func caseCompare(ctx context.Context, other *sql.DB) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	switch other {
	case conn:
		return nil
	}
	return conn.PingContext(ctx)
}

// A blank assignment does not copy the pool anywhere: fix.
func blankAssign(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	_ = conn
	return conn.PingContext(ctx)
}

// Comparing with another pool only reads it: fix.
func compareOther(ctx context.Context, other *sql.DB) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	if conn == other || other != conn {
		return nil
	}
	return conn.PingContext(ctx)
}
