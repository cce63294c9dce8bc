package xtestno_test

import (
	"database/sql"
	"os"
	"testing"

	_ "fixes/xtestno"
)

func TestExternalNoImport(t *testing.T) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: this package does not import fixes/db, which holds the -shared accessors\)$`
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
}
