// Command lazy opens its pool lazily with sync.Once from a handler: once.
package main

import (
	"database/sql"
	"net/http"
	"sync"
)

var (
	once sync.Once
	pool *sql.DB
)

func get() *sql.DB {
	once.Do(func() {
		pool, _ = sql.Open("postgres", "")
		pool.SetMaxOpenConns(6)
	})
	return pool
}

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { get().Ping() })
	http.ListenAndServe(":8080", nil)
}
