package initstmt

import (
	"context"
	"database/sql"
	"log"
	"os"
)

// The construction before an if whose init declares its own err: only the
// plain error check right after the construction goes.
func beforeIf(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	if err := conn.PingContext(ctx); err != nil {
		return err
	}
	return nil
}

// Twin: the construction in the if's init statement.
func inIfInit(ctx context.Context) error {
	if conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")); err != nil { // want `\(no fix: the construction is in an if, switch or for header\)$`
		return err
	} else {
		log.Println(conn.Stats().Idle)
	}
	return nil
}
