// Package handlers serves the HTTP routes.
package handlers

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/poolcheck/poolcheck/example/internal/db"
)

// Users opens a new pool on every request: the bug behind the incident.
func Users(w http.ResponseWriter, r *http.Request) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
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

// Orders uses the shared pool: nothing to report.
func Orders(w http.ResponseWriter, r *http.Request) {
	var n int
	if err := db.Pool.QueryRowContext(r.Context(), "select count(*) from orders").Scan(&n); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
