package app

import (
	"context"
	"database/sql"
	"log"
	"os"

	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"

	"fixes/db"
)

var _ = db.SQL

// The two-value form: the error check and Close go with the constructor.
func twoValue(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `^sql\.Open creates a new connection pool outside the sanctioned package fixes/db; use db\.Pool instead$`
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.PingContext(ctx)
}

// err is read again later: it stays declared.
func errReused(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead`
	if err != nil {
		return err
	}
	err = conn.PingContext(ctx)
	return err
}

// A DSN built only for the constructor is removed with it; a pool that is
// only closed is removed entirely.
func deadPool() {
	dsn := os.Getenv("DATABASE_URL")
	conn, err := sql.Open("postgres", dsn) // want `use db\.Pool instead`
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
}

// Returned to callers, which may close it.
func ret() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}

func use(*sql.DB, error) {}

// Spread into a call: use may close the pool.
func spread() {
	use(sql.Open("postgres", os.Getenv("DATABASE_URL"))) // want `\(no fix: the pool is passed to use, which may close or tune it\)$`
}

var client = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `^redis\.NewClient creates a new connection pool outside the sanctioned package fixes/db; use db\.Cache instead$`

// No fix where the shared pool may be a different one.
func noFix(ctx context.Context, dsn string) {
	a, _ := sql.Open("postgres", "postgres://replica/app")       // want `\(no fix: the hard-coded "postgres://replica/app" may name another database\)$`
	b, _ := sql.Open("postgres", dsn)                            // want `\(no fix: its configuration \(dsn\) may differ from the shared pool's\)$`
	c := redis.NewClient(&redis.Options{Addr: "x", PoolSize: 5}) // want `\(no fix: the options may differ from the shared pool's\)$`
	x, _ := sqlx.Connect("postgres", os.Getenv("DATABASE_URL"))  // want `\(no fix: no -shared accessor has type \*sqlx\.DB\)$`
	_, _, _, _ = a, b, c, x
}
