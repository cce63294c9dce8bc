package app

import (
	"database/sql"

	"sanctioned/db"
)

func handler() *sql.DB {
	_ = db.SQL()
	other, _ := sql.Open("postgres", "dsn") // want `^sql\.Open creates a new connection pool outside the sanctioned package sanctioned/db: construct it there once and share it$`
	return other
}
