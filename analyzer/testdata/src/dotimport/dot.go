package dotimport

import (
	. "database/sql"
)

func dot() {
	db, _ := Open("postgres", "dsn") // want `^Open creates a new connection pool`
	_ = db
	var _ *DB
}
