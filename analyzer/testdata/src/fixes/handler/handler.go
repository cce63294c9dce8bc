// Package handler holds the incident's shape: a pool built on every
// request. The fix is the same as anywhere else.
package handler

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/redis/go-redis/v9"

	"fixes/db"
)

var _ = db.SQL

func Users(w http.ResponseWriter, r *http.Request) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `^sql\.Open runs on every request to Users: each call opens a new pool; use db\.Pool instead$`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRowContext(r.Context(), "select count(*) from users").Scan(&n); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// Twin: the handler's client has its own database number.
func Sessions(w http.ResponseWriter, r *http.Request) {
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR"), DB: 3}) // want `\(no fix: the options may differ from the shared pool's\)$`
	defer c.Close()
	if err := c.Ping(r.Context()).Err(); err != nil {
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
	}
}
