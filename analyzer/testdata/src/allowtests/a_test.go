package allowtests

import (
	"database/sql"
	"testing"
)

// With -allow-tests, test files may create their own pools.
func TestOpen(t *testing.T) {
	db, _ := sql.Open("postgres", "dsn")
	_ = db
}
