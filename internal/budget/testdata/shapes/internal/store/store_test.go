package store

import (
	"database/sql"
	"testing"
)

// A pool in a test file is never part of a binary.
func TestOpen(t *testing.T) {
	db, _ := sql.Open("postgres", "")
	db.Close()
}
