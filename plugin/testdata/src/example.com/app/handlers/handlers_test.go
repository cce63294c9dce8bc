package handlers

import (
	"database/sql"
	"testing"
)

// Not reported: the settings set allow-tests.
func TestHandle(t *testing.T) {
	db, _ := sql.Open("postgres", "test")
	_ = db
}
