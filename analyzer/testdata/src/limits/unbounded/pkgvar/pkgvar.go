// Package pkgvar keeps its pools in package variables.
package pkgvar

import (
	"database/sql"
	stdsql "database/sql"
	"os"
)

// DB is never limited.
var DB, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `^sql\.Open pool has no connection limit \(MaxOpenConns is unlimited by default\): call SetMaxOpenConns$`

// Aliased import: the message names the call as written.
var Alias, _ = stdsql.Open("postgres", "alias") // want `^stdsql\.Open pool has no connection limit`

// Bounded is limited in init.
var Bounded, _ = sql.Open("postgres", "bounded")

func init() { Bounded.SetMaxOpenConns(20) }

// Replica is opened and limited in init, by a value known at run time.
var Replica *sql.DB

func init() {
	var err error
	Replica, err = sql.Open("postgres", "replica")
	if err != nil {
		panic(err)
	}
	Replica.SetMaxOpenConns(maxConns())
}

func maxConns() int { return 10 }

// Pool comes from an opener that limits it before returning it.
var Pool = open()

func open() *sql.DB {
	pool, err := sql.Open("postgres", "pool")
	if err != nil {
		panic(err)
	}
	pool.SetMaxOpenConns(20)
	return pool
}

// Zero is "limited" to 0, which database/sql reads as unlimited.
var Zero, _ = sql.Open("postgres", "zero") // want `^sql\.Open pool has no connection limit \(SetMaxOpenConns with 0 or less means unlimited\): call SetMaxOpenConns with a positive limit$`

func init() { Zero.SetMaxOpenConns(0) }

// Named comes from a named result and is never limited.
var Named = openNamed()

func openNamed() (db *sql.DB) {
	db, _ = sql.Open("postgres", "named") // want `^sql\.Open pool has no connection limit`
	return
}

// NamedBounded comes from a named result and is limited by its caller.
var NamedBounded, _ = openNamedBounded()

func init() { NamedBounded.SetMaxOpenConns(5) }

func openNamedBounded() (db *sql.DB, err error) {
	db, err = sql.Open("postgres", "named")
	return
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Must passes through a generic helper and is never limited.
var Must = must(sql.Open("postgres", "must")) // want `^sql\.Open pool has no connection limit`

// MustBounded passes through the same helper and is limited: the helper
// returns each pool to its own caller.
var MustBounded = must(sql.Open("postgres", "must"))

func init() { MustBounded.SetMaxOpenConns(5) }

// Admin is excused by a directive.
//
//poolcheck:ignore the admin pool goes through PgBouncer, which caps it
var Admin, _ = sql.Open("postgres", "admin")

// local opens a pool it does not keep: a script's pool is not the shared
// pool, and the construction rule does not apply in a sanctioned package.
func local() error {
	db, err := sql.Open("postgres", "local")
	if err != nil {
		return err
	}
	defer db.Close()
	if db != nil {
		return db.Ping()
	}
	sql.Open("postgres", "discarded")
	_, _ = sql.Open("postgres", "discarded")
	return nil
}
