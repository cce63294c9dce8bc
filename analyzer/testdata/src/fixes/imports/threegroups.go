package imports

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"fixes/imports/internal/conf"
)

// Three groups, the last without dotted paths: the new import joins the
// group of the last dotted path.
func threeGroups(ctx context.Context) error {
	p, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL")) // want `use db\.PG instead$`
	if err != nil {
		return err
	}
	r := redis.NewClient(&redis.Options{Addr: conf.RedisAddr}) // want `\(no fix: the options may differ from the shared pool's\)$`
	if err := r.Ping(ctx).Err(); err != nil {
		return err
	}
	return p.Ping(ctx)
}
