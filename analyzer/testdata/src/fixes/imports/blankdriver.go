package imports

import (
	"context"
	"database/sql"
	"os"

	_ "github.com/lib/pq"
)

// The blank driver import stays; the new import joins its group.
func blankDriver(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: the replica keeps its own pool.
func blankDriverReplica(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("REPLICA_URL")+"&replica=1") // want `\(no fix: its configuration \(os\.Getenv\("REPLICA_URL"\) \+ "&replica=1"\) may differ from the shared pool's\)$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
