package unsupported

import (
	"context"
	"os"

	"github.com/glebarez/sqlite"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"
)

// sqlx.Open builds a *sqlx.DB, which no accessor has.
func openSqlx(ctx context.Context) error {
	x, err := sqlx.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: no -shared accessor has type \*sqlx\.DB\)$`
	if err != nil {
		return err
	}
	return x.PingContext(ctx)
}

// A cluster client is not a *redis.Client.
func cluster(ctx context.Context) error {
	c := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{os.Getenv("REDIS_ADDR")}}) // want `\(no fix: no -shared accessor has type \*redis\.ClusterClient\)$`
	return c.Ping(ctx).Err()
}

// A gorm dialector is not the pool itself.
func openGorm() (*gorm.DB, error) {
	return gorm.Open(sqlite.Open(os.Getenv("SQLITE_PATH"))) // want `\(no fix: a gorm dialector is not a pool that an accessor can replace\)$`
}
