package db_test

import (
	"database/sql"
	"testing"
)

// The external test package belongs to its folder's package.
func TestExternal(t *testing.T) {
	db, _ := sql.Open("postgres", "dsn")
	_ = db
}
