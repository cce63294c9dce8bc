// Package store is the sanctioned package of the fixtures.
package store

import (
	"database/sql"
	"os"
)

// Pool is opened when the package is initialised.
var Pool = open()

func open() *sql.DB {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	db.SetMaxOpenConns(25)
	return db
}

// Open is a wrapper that makes a new, limited pool for each call.
func Open(dsn string) (*sql.DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(5)
	return db, nil
}

// Unused opens a pool nobody calls: no binary counts it.
func Unused() *sql.DB {
	db, _ := sql.Open("postgres", "")
	return db
}
