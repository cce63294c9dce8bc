package handlers

import (
	"database/sql"
	"net/http"
	"os"

	"example.com/app/db"
)

// WRONG: a new pool on every request.
func Users(w http.ResponseWriter, r *http.Request) {
	conn, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer conn.Close()
	var n int
	_ = conn.QueryRowContext(r.Context(), "SELECT count(*) FROM users").Scan(&n)
}

// RIGHT: the shared pool.
func Orders(w http.ResponseWriter, r *http.Request) {
	var n int
	_ = db.Pool.QueryRowContext(r.Context(), "SELECT count(*) FROM orders").Scan(&n)
}

// WRONG: a new pool per tenant name read from a queue, in a loop.
func Drain(names <-chan string) {
	for range names {
		conn, _ := sql.Open("pgx", os.Getenv("DATABASE_URL"))
		_ = conn.Close()
	}
}

// Suppressed, with a reason.
func PerTenant(names []string) {
	for range names {
		//poolcheck:ignore one pool per tenant, closed at the end of each iteration
		conn, _ := sql.Open("pgx", os.Getenv("TENANT_URL"))
		_ = conn.Close()
	}
}
