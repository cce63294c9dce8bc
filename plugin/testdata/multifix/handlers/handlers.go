package handlers

import (
	"context"
	"database/sql"
	"os"
)

// Ping opens a pool, checks the error and closes the pool.
func Ping(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.PingContext(ctx)
}

// Two opens two pools that share err.
func Two(ctx context.Context) error {
	a, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	defer a.Close()
	b, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	defer b.Close()
	if err := a.PingContext(ctx); err != nil {
		return err
	}
	return b.PingContext(ctx)
}

// Spawn opens a pool in a one-line goroutine (a crash shape of issue 11).
func Spawn() {
	go func() { c, _ := sql.Open("postgres", os.Getenv("DATABASE_URL")); defer c.Close(); _ = c.Ping() }()
}
