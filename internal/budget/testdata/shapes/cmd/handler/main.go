// Command handler opens pools per request: in a handler literal and in a
// ServeHTTP method reached through a helper.
package main

import (
	"database/sql"
	"net/http"
)

type reports struct{}

func (reports) ServeHTTP(w http.ResponseWriter, r *http.Request) { query(r) }

func query(r *http.Request) {
	db, _ := sql.Open("postgres", r.URL.Query().Get("dsn"))
	db.SetMaxOpenConns(1)
	defer db.Close()
}

func main() {
	http.HandleFunc("/users", func(w http.ResponseWriter, r *http.Request) {
		db, _ := sql.Open("postgres", "")
		defer db.Close()
	})
	http.Handle("/reports", reports{})
	http.ListenAndServe(":8080", nil)
}
