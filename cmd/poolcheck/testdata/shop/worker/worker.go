// Package worker runs background jobs with pools of its own.
package worker

import (
	"database/sql"
	"os"
)

// Worker processes jobs.
type Worker struct{ db *sql.DB }

// New creates a worker with its own pool.
func New() *Worker {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	return &Worker{db: db}
}

// Reconnect replaces the worker's pool.
func (w *Worker) Reconnect() {
	w.db, _ = sql.Open("postgres", os.Getenv("DATABASE_URL"))
}
