// Package app is not sanctioned: a helper's construction is reported as
// such, and each call from a handler as a repeated construction.
package app

import (
	"database/sql"
	"net/http"
)

type Handler struct{ dsn string }

func (h *Handler) db() *sql.DB {
	d, _ := sql.Open("postgres", h.dsn) // want `^sql\.Open creates a new connection pool outside the sanctioned package calls/db/\.\.\. \(\+1 more\): construct it there once and share it$`
	return d
}

func (h *Handler) Users(w http.ResponseWriter, r *http.Request) {
	_ = h.db() // want `^db runs on every request to Users: each call opens a new pool \(via sql\.Open\); construct it once in the sanctioned package calls/db/\.\.\. \(\+1 more\) and share it$`
}
