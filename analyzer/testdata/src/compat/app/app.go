// Package app constructs clients outside the sanctioned package in every
// shape a baseline key distinguishes.
package app

import (
	stdsql "database/sql"
	"net/http"

	"compat/db"
	"compat/wrap"

	"github.com/gocql/gocql"
	"github.com/gomodule/redigo/redis"
)

// A package-level variable: the key's declaration is its name.
var Reports, _ = stdsql.Open("postgres", "reports")

var a, b = stdsql.Open("postgres", "a")

var (
	_, _ = stdsql.Open("postgres", "blank")
)

func init() { stdsql.Open("postgres", "init one") }

func init() { stdsql.Open("postgres", "init two") }

// Users opens a pool per request (repeated-construction), twice.
func Users(w http.ResponseWriter, r *http.Request) {
	first, _ := stdsql.Open("postgres", "first")
	second, _ := stdsql.Open("postgres", "second")
	_, _ = first, second
	third, _ := db.Open("dsn") // the sanctioned constructor, per request
	_ = third
}

// Batch opens a pool per item.
func Batch(ids []int) {
	for range ids {
		p, _ := stdsql.Open("postgres", "same")
		p.Close()
	}
}

// Store has methods.
type Store struct{ s *gocql.Session }

// Open is a method; the constructor is a method too.
func (st *Store) Open(cfg *gocql.ClusterConfig) error {
	var err error
	st.s, err = cfg.CreateSession()
	return err
}

// Redis builds a pool literal.
func (*Store) Redis() *redis.Pool {
	return &redis.Pool{MaxActive: 10}
}

// Generic receiver types have the name of their type.
type Cache[T any] struct{ v T }

func (c *Cache[T]) Open() *stdsql.DB {
	d, _ := stdsql.Open("postgres", "generic")
	return d
}

// Ignored: a suppressed finding takes no key, and the next one is #1.
func Ignored() {
	stdsql.Open("postgres", "ignored") //poolcheck:ignore migration tool, runs once
	stdsql.Open("postgres", "counted")
}

// CloseShared closes the shared pool (shared-close), directly, through a
// getter and through a local.
func CloseShared() {
	db.Pool.Close()
	db.Get().Close()
	p := db.Pool
	p.Close()
}

// Wrapped calls a wrapper (construction with -wrappers).
func Wrapped() { wrap.Connect("dsn").Close() }

// MethodValue refers to the constructor without calling it.
var opener = stdsql.Open
