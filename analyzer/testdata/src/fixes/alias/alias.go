package alias

import (
	"database/sql"
	"os"

	shared "fixes/db"
)

var _ = shared.SQL

// An aliased import is reused under its alias.
func open() int {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use shared\.Pool instead$`
	if err != nil {
		panic(err)
	}
	return conn.Stats().Idle
}

// Twin: a DSN built from another variable; no fix.
func openOther() int {
	conn, err := sql.Open("postgres", os.Getenv("OTHER_URL")+"") // want `\(no fix: its configuration \(os\.Getenv\("OTHER_URL"\) \+ ""\) may differ from the shared pool's\)$`
	if err != nil {
		panic(err)
	}
	return conn.Stats().Idle
}
