package store

import (
	"database/sql"
	"testing"
)

func TestDB(t *testing.T) {
	db, err := sql.Open("postgres", "postgres://localhost/test")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
}
