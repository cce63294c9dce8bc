package testonly

import (
	"database/sql"
	"os"
	"testing"

	"fixes/db"
)

func TestOpen(t *testing.T) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if conn.Stats().Idle != db.SQL().Stats().Idle {
		t.Error("not the shared pool")
	}
	_ = open()
}
