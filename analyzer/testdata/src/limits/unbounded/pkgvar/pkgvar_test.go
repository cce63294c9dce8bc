package pkgvar

import (
	"database/sql"
	"testing"

	"limits/ext"
)

// Test files are neither checked nor looked at: testDB is not reported,
// and what tests do with DB changes nothing.
var testDB, _ = sql.Open("postgres", "test")

func TestDB(t *testing.T) {
	ext.Configure(DB)
	DB.SetMaxOpenConns(1)
	_ = testDB
}
