// Package db owns the shared pool of the multi-fix fixture.
package db

import (
	"database/sql"
	"os"
)

// Pool is the shared pool that the fixes switch to.
var Pool = open()

func open() *sql.DB {
	p, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	p.SetMaxOpenConns(10)
	return p
}
