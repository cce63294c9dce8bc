package compose

import (
	"context"
	"database/sql"
	"os"
)

// var dsn = ..., typed or not: the declaration goes.
func varDSN(ctx context.Context) error {
	var dsn = os.Getenv("DATABASE_URL")
	var driver string = "postgres"
	conn, err := sql.Open(driver, dsn) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: the DSN is assigned after its declaration, in a branch.
func assignedDSN(ctx context.Context, replica bool) error {
	dsn := os.Getenv("DATABASE_URL")
	if replica {
		dsn = os.Getenv("REPLICA_URL")
	}
	conn, err := sql.Open("postgres", dsn) // want `\(no fix: its configuration \(dsn\) may differ from the shared pool's\)$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
