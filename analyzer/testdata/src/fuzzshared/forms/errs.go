// Package forms holds rewrite situations of issue 11 for FuzzAnalyzer's
// seeds and the -fix build test: each file is also fuzzed alone.
package forms

import (
	"context"
	"database/sql"
	"log"
	"os"
)

// Two constructions share err: together they must not leave it unused.
func twoShareErr(ctx context.Context) error {
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

// One DSN local feeds two constructions.
func oneDSNTwoPools(ctx context.Context) error {
	dsn := os.Getenv("DATABASE_URL")
	a, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	b, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	_, err = a.ExecContext(ctx, "select 1")
	_ = b
	return err
}

// A DSN local of the outer function, used in the closure and outside it.
func closureDSN() func() error {
	dsn := os.Getenv("DATABASE_URL")
	log.Println("dsn length", len(dsn))
	return func() error {
		c, err := sql.Open("postgres", dsn)
		if err != nil {
			return err
		}
		return c.Ping()
	}
}

// Grouped var declarations of the inputs.
func groupedVar() error {
	var (
		dsn    = os.Getenv("DATABASE_URL")
		driver = "postgres"
	)
	c, err := sql.Open(driver, dsn)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.Ping()
}

// The construction in an if init statement.
func ifInit() error {
	if c, err := sql.Open("postgres", os.Getenv("DATABASE_URL")); err == nil {
		return c.Ping()
	}
	return nil
}

// A pool that is only closed, and a later err = ...
func closedThenErr(ctx context.Context) error {
	c, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	defer c.Close()
	err = ctx.Err()
	return err
}

// The assignment form, err declared before.
func assignForm() (err error) {
	var c *sql.DB
	c, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	return c.Ping()
}

// LookupEnv with ok still used.
func lookup() error {
	dsn, ok := os.LookupEnv("DATABASE_URL")
	if !ok {
		log.Print("DATABASE_URL is not set")
	}
	c, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	return c.Ping()
}

// var x, err = C.
func varForm() error {
	var c, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	return c.Ping()
}
