// Package helper limits its pools in helpers of the same package.
package helper

import (
	"database/sql"
	"sync"
	"time"
)

// DB is limited by a helper that receives it.
var DB *sql.DB

func Init(dsn string) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	configure(db)
	DB = db
	return nil
}

func configure(db *sql.DB) {
	db.SetMaxOpenConns(25)
	db.SetMaxIdleConns(25)
}

// Store's pool is limited by the caller that open returns it to.
type Store struct{ db *sql.DB }

func open(dsn string) (*sql.DB, error) {
	return sql.Open("postgres", dsn)
}

func NewStore(dsn string) (*Store, error) {
	db, err := open(dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(10)
	return &Store{db: db}, nil
}

// Open returns its pool to callers outside the package: the sanctioned
// package that makes the pool owns its limit.
func Open(dsn string) (*sql.DB, error) {
	return sql.Open("postgres", dsn) // want `^sql\.Open pool has no connection limit`
}

// OpenLimited limits the pool before returning it.
func OpenLimited(dsn string) (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(10)
	return db, nil
}

// withDefaults returns the pool it was given.
func withDefaults(db *sql.DB) *sql.DB {
	db.SetConnMaxLifetime(time.Hour)
	return db
}

// Tuned is limited after the helper.
var Tuned = tuned()

func tuned() *sql.DB {
	db, _ := sql.Open("postgres", "tuned")
	d := withDefaults(db)
	d.SetMaxOpenConns(5)
	return d
}

// Untuned passes through the same helper, whose result is limited only at
// the other call.
var Untuned = untuned()

func untuned() *sql.DB {
	db, _ := sql.Open("postgres", "untuned") // want `^sql\.Open pool has no connection limit`
	return withDefaults(db)
}

// unused is never called: its pool is kept nowhere.
func unused() *sql.DB {
	db, _ := sql.Open("postgres", "unused")
	return db
}

// Once is limited in a closure run once.
var (
	Once     *sql.DB
	onceInit sync.Once
)

func Get() *sql.DB {
	onceInit.Do(func() {
		Once, _ = sql.Open("postgres", "once")
		Once.SetMaxOpenConns(5)
	})
	return Once
}

// Config opens pools from an exported method.
type Config struct{ DSN string }

func (c Config) Open() (*sql.DB, error) {
	return sql.Open("postgres", c.DSN) // want `^sql\.Open pool has no connection limit`
}

// Holder is a generic struct whose field keeps the pool.
type Holder[T any] struct{ v T }

var Generic = Holder[*sql.DB]{v: genericPool()}

func genericPool() *sql.DB {
	db, _ := sql.Open("postgres", "generic") // want `^sql\.Open pool has no connection limit`
	return db
}
