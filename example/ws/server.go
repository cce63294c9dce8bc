// Package ws is the WebSocket server; it kept a pool of its own.
package ws

import (
	"database/sql"
	"os"
)

// Server pushes notifications to connected clients.
type Server struct {
	db *sql.DB
}

// NewServer creates a second pool next to the shared one.
func NewServer() (*Server, error) {
	pool, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return nil, err
	}
	return &Server{db: pool}, nil
}
