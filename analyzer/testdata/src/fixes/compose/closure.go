package compose

import (
	"context"
	"database/sql"
	"log"
	"os"
)

// A DSN local of the outer function used only in a closure goes with the
// construction in the closure.
func closureDSN(ctx context.Context) error {
	dsn := os.Getenv("DATABASE_URL")
	ping := func() error {
		conn, err := sql.Open("postgres", dsn) // want `use db\.Pool instead$`
		if err != nil {
			return err
		}
		return conn.PingContext(ctx)
	}
	return ping()
}

// The DSN is still logged by the outer function: it stays.
func closureDSNUsed(ctx context.Context) error {
	dsn := os.Getenv("DATABASE_URL")
	ping := func() error {
		conn, err := sql.Open("postgres", dsn) // want `use db\.Pool instead$`
		if err != nil {
			return err
		}
		return conn.PingContext(ctx)
	}
	log.Println("connecting to", len(dsn))
	return ping()
}

// Twin: the closure hands the pool to helper; nothing changes.
func closureEscapes() {
	dsn := os.Getenv("DATABASE_URL")
	run := func() {
		conn, err := sql.Open("postgres", dsn) // want `\(no fix: the pool is passed to helper, which may close or tune it\)$`
		if err != nil {
			return
		}
		helper(conn)
	}
	run()
}
