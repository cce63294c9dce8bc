package forms

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"net/http"
	"os"
	"sync/atomic"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

func helper(c *sql.DB) { c.Close() }

// Passed to a helper that closes it.
func escapes() {
	c, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	helper(c)
}

// Tuned after the construction.
func tuned() error {
	c, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	c.SetMaxOpenConns(2)
	return c.Ping()
}

// Reassigned to another pool that keeps its defer.
func reassigned() {
	c, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	_ = c.Ping()
	c, _ = sql.Open("postgres", "postgres://other")
	defer c.Close()
}

// Parenthesised construction and Close.
func parens() error {
	c, err := (sql.Open("postgres", os.Getenv("DATABASE_URL")))
	if err != nil {
		return err
	}
	defer (c).Close()
	return c.Ping()
}

// Close of the constructed value in the return.
func returnClose() error {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}).Close()
}

// An allowed method on the construction.
func method(ctx context.Context) error {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}).Ping(ctx).Err()
}

var counter atomic.Int64

// Effects that must stay: the counter, the log line in the deferred func.
func effects() error {
	n := counter.Add(1)
	c, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return fmt.Errorf("open %d: %w", n, err)
	}
	defer func() {
		log.Println("closing")
		c.Close()
	}()
	return c.Ping()
}

// A field the type's Close closes.
type store struct{ db *sql.DB }

func newStore() *store {
	c, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	return &store{db: c}
}

func (s *store) Close() error { return s.db.Close() }

// A field nothing closes.
type cache struct{ rdb *redis.Client }

func newCache() *cache {
	return &cache{rdb: redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})}
}

func (c *cache) get(ctx context.Context) error { return c.rdb.Ping(ctx).Err() }

// r.Context() as the context.
func handler(w http.ResponseWriter, r *http.Request) {
	p, err := pgxpool.New(r.Context(), os.Getenv("DATABASE_URL"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer p.Close()
	if err := p.Ping(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
	}
}

// Package-level pools, one closed.
var (
	pkgPool, _ = sql.Open("postgres", os.Getenv("DATABASE_URL"))
	pkgCache   = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
)

func shutdown() { pkgCache.Close(); _ = pkgPool.Ping() }
