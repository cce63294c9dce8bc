package compose

import (
	"context"
	"database/sql"
	"log"
	"os"

	"github.com/redis/go-redis/v9"
)

// A DSN in a grouped var declaration: only its spec goes.
func grouped(ctx context.Context) error {
	var (
		dsn  = os.Getenv("DATABASE_URL")
		name = "orders"
	)
	conn, err := sql.Open("postgres", dsn) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	log.Println("open", name)
	return conn.PingContext(ctx)
}

// Every spec of the group is dead: the whole declaration goes.
func groupedAll(ctx context.Context) error {
	var (
		dsn  = os.Getenv("DATABASE_URL")
		addr = os.Getenv("REDIS_ADDR")
	)
	conn, err := sql.Open("postgres", dsn) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	r := redis.NewClient(&redis.Options{Addr: addr}) // want `use db\.Cache instead$`
	if err := r.Ping(ctx).Err(); err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Twin: the pool is tuned, so it keeps its group.
func groupedTuned(ctx context.Context) error {
	var (
		dsn  = os.Getenv("DATABASE_URL")
		name = "orders"
	)
	conn, err := sql.Open("postgres", dsn) // want `\(no fix: the pool is tuned with SetMaxOpenConns\)$`
	if err != nil {
		return err
	}
	conn.SetMaxOpenConns(2)
	log.Println("open", name)
	return conn.PingContext(ctx)
}
