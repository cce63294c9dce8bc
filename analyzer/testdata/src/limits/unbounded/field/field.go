// Package field keeps its pools in struct fields.
package field

import (
	"context"
	"database/sql"
)

// Store gets an unlimited pool from its constructor.
type Store struct{ db *sql.DB }

func NewStore(dsn string) (*Store, error) {
	db, err := sql.Open("postgres", dsn) // want `^sql\.Open pool has no connection limit \(MaxOpenConns is unlimited by default\): call SetMaxOpenConns$`
	if err != nil {
		return nil, err
	}
	return &Store{db: db}, nil
}

func (s *Store) Count(ctx context.Context) (n int, err error) {
	err = s.db.QueryRowContext(ctx, "SELECT count(*) FROM users").Scan(&n)
	return n, err
}

func (s *Store) Close() error { return s.db.Close() }

// Limited gets its limit from a method that reads the field.
type Limited struct{ db *sql.DB }

func NewLimited(dsn string) *Limited {
	db, _ := sql.Open("postgres", dsn)
	l := &Limited{}
	l.db = db
	l.configure(10)
	return l
}

func (l *Limited) configure(n int) { l.db.SetMaxOpenConns(n) }

// Embedded is limited through the method promoted from its embedded pool.
type Embedded struct{ *sql.DB }

func NewEmbedded(dsn string) *Embedded {
	db, _ := sql.Open("postgres", dsn)
	e := &Embedded{DB: db}
	e.SetMaxOpenConns(10)
	return e
}

// Wrapped embeds a pool that nothing limits (positional literal).
type Wrapped struct {
	*sql.DB
	name string
}

func NewWrapped(dsn string) Wrapped {
	db, _ := sql.Open("postgres", dsn) // want `^sql\.Open pool has no connection limit`
	return Wrapped{db, "primary"}
}

// Direct sets its field from a tuple assignment.
type Direct struct{ db *sql.DB }

func (d *Direct) Open(dsn string) (err error) {
	d.db, err = sql.Open("postgres", dsn) // want `^sql\.Open pool has no connection limit`
	return err
}

// Explicit limits the pool through the embedded field by name.
type Explicit struct{ *sql.DB }

func (e *Explicit) Open(dsn string) (err error) {
	e.DB, err = sql.Open("postgres", dsn)
	e.DB.SetMaxOpenConns(8)
	return err
}
