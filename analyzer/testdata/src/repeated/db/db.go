// Package db is sanctioned: it may construct pools, but not per request or
// per iteration.
package db

import (
	"context"
	"database/sql"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

var Pool = open()

func open() *sql.DB {
	p, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	p.SetMaxOpenConns(10)
	return p
}

// New is the sanctioned constructor: main may call it once.
func New(ctx context.Context, url string) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, url)
}

// Get hands out the shared pool: a getter, not a constructor.
func Get() *sql.DB { return Pool }

// Close shuts the shared pool down.
func Close() error { return Pool.Close() }

// Even here, a handler must not build a pool per request.
func Health(w http.ResponseWriter, r *http.Request) {
	p, _ := pgxpool.New(r.Context(), os.Getenv("DATABASE_URL")) // want `^pgxpool\.New runs on every request to Health: each call opens a new pool; create it once and share it$`
	defer p.Close()
}
