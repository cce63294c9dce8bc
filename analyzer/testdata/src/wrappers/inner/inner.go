// Package inner opens pools for dbutil.
package inner

import (
	"database/sql"
	"sync"
)

func Open(dsn string) (*sql.DB, error) { // want Open:"constructs via sql.Open"
	db, err := sql.Open("postgres", dsn) // want `sql\.Open creates a new connection pool outside`
	if err != nil {
		return nil, err
	}
	return db, nil
}

var (
	once   sync.Once
	shared *sql.DB
)

// Shared hands out a cached pool: not a constructor.
func Shared() *sql.DB {
	once.Do(func() {
		shared, _ = sql.Open("postgres", "dsn") // want `sql\.Open creates a new connection pool outside`
	})
	return shared
}

var cached *sql.DB

// Cached stores the pool in a package variable: not a constructor.
func Cached() *sql.DB {
	if cached == nil {
		cached, _ = sql.Open("postgres", "dsn") // want `sql\.Open creates a new connection pool outside`
	}
	return cached
}

type store struct{ db *sql.DB }

// Init keeps the pool in a field: not a constructor.
func (s *store) Init() *sql.DB {
	s.db, _ = sql.Open("postgres", "dsn") // want `sql\.Open creates a new connection pool outside`
	return s.db
}
