package closes

import (
	"context"
	"database/sql"
	"os"

	"github.com/redis/go-redis/v9"
)

// C.Method() with a read-only method: fix.
func pingOnce(ctx context.Context) error {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}).Ping(ctx).Err() // want `use db\.Cache instead$`
}

// Twin: return C.Close() would close the shared client.
func closeOnce() error {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}).Close() // want `\(no fix: the pool is closed in a form the fix cannot remove\)$`
}

// Twin: return x.Close() on the constructed local.
func checkAndClose(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is closed in a form the fix cannot remove\)$`
	if err != nil {
		return err
	}
	if err := conn.PingContext(ctx); err != nil {
		return err
	}
	return conn.Close()
}
