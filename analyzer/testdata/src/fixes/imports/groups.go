package imports

import (
	"context"
	"database/sql"
	"os"

	"github.com/redis/go-redis/v9"
)

// A std group and a third-party group: the new import joins the
// third-party group.
func groups(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	r := redis.NewClient(&redis.Options{Addr: "localhost:6379"}) // want `\(no fix: the options may differ from the shared pool's\)$`
	if err := r.Ping(ctx).Err(); err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
