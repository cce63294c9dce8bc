package escape

import (
	"context"
	"database/sql"
	"os"
)

// store's Close closes its conn field.
type store struct{ conn *sql.DB }

func (s *store) Close() error { return s.conn.Close() }

// Twin: stored in a field that the type's Close closes.
func newStore() *store {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in field conn, which this package closes, tunes or passes on\)$`
	if err != nil {
		panic(err)
	}
	return &store{conn: conn}
}

// reader only queries its conn field: nothing closes, tunes or passes it.
type reader struct{ conn *sql.DB }

func (r *reader) count(ctx context.Context) (n int, err error) {
	err = r.conn.QueryRowContext(ctx, "select count(*) from t").Scan(&n)
	return n, err
}

// A composite literal field.
func newReader() *reader {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		panic(err)
	}
	return &reader{conn: conn}
}

// An assignment to the field.
func (r *reader) reopen() {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		panic(err)
	}
	r.conn = conn
}

// The construction assigns the field directly.
func (r *reader) reset() {
	var err error
	r.conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		panic(err)
	}
}
