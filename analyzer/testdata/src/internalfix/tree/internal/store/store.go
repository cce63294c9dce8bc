// Package store owns the shared pool, internal to internalfix/tree.
package store

import (
	"database/sql"
	"os"
)

var Pool = open()

func open() *sql.DB {
	p, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	p.SetMaxOpenConns(5)
	return p
}
