package unsupported

import (
	"database/sql"
	"os"
)

// The direct call: fix.
func direct() int {
	conn, _ := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	return conn.Stats().Idle
}

// Twin: the constructor as a function value.
func value() int {
	open := sql.Open // want `\(no fix: the constructor is used as a function value, not called\)$`
	conn, _ := open("postgres", os.Getenv("DATABASE_URL"))
	return conn.Stats().Idle
}
