package escape

import (
	"database/sql"
	"os"
)

// server's pool is closed by a function, not by a method of its type.
type server struct{ pool *sql.DB }

func shutdown(s *server) { s.pool.Close() }

// Twin: a function of the package closes the field.
func newServer() *server {
	s := &server{}
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in field pool, which this package closes, tunes or passes on\)$`
	if err != nil {
		panic(err)
	}
	s.pool = conn
	return s
}

// worker's field is handed to helper.
type worker struct{ pool *sql.DB }

func (w *worker) run() { helper(w.pool) }

// Twin: the field is passed on.
func newWorker() *worker {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in field pool, which this package closes, tunes or passes on\)$`
	if err != nil {
		panic(err)
	}
	return &worker{pool: conn}
}

// Twin: stored directly into the field by the construction.
func (w *worker) reopen() {
	var err error
	w.pool, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in field pool, which this package closes, tunes or passes on\)$`
	if err != nil {
		panic(err)
	}
}
