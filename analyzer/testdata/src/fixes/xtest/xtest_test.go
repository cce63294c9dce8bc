package xtest_test

import (
	"database/sql"
	"os"
	"testing"

	"fixes/db"
	"fixes/xtest"
)

var _ = db.SQL

func TestExternal(t *testing.T) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if conn.Stats().Idle < 0 {
		t.Error(xtest.Name)
	}
}

// Twin: a test database named in the test.
func TestExternalFixture(t *testing.T) {
	conn, err := sql.Open("postgres", "postgres://localhost/test") // want `\(no fix: the hard-coded "postgres://localhost/test" may name another database\)$`
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
}
