package compose

import (
	"context"
	"database/sql"
	"log"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

// Three constructions share err, which is read again at the end: it is
// declared once, where it was first declared.
func threeErr(ctx context.Context) error {
	a, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		log.Fatal(err)
	}
	defer a.Close()
	b, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL")) // want `use db\.PG instead$`
	if err != nil {
		log.Fatal(err)
	}
	defer b.Close()
	c, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	r := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `use db\.Cache instead$`
	err = r.Ping(ctx).Err()
	if err == nil {
		err = b.Ping(ctx)
	}
	_ = a.Stats()
	_ = c.Stats()
	return err
}

// Twin: the middle one escapes into helper and keeps its statements; the
// other two are rewritten around it.
func threeErrMiddle(ctx context.Context) error {
	a, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	b, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is passed to helper, which may close or tune it\)$`
	if err != nil {
		return err
	}
	helper(b)
	c, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL")) // want `use db\.PG instead$`
	if err != nil {
		return err
	}
	_ = a.Stats()
	return c.Ping(ctx)
}
