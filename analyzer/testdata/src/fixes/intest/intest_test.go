package intest

import (
	"context"
	"database/sql"
	"os"
	"testing"
)

func TestPing(t *testing.T) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.PingContext(context.Background()) })
	if err := conn.PingContext(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// A Close in a cleanup function goes; the cleanup stays.
func TestCleanup(t *testing.T) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn.Close()
	})
	_ = conn.Stats()
}

// Twin: an in-memory test database is another database.
func TestMemory(t *testing.T) {
	conn, err := sql.Open("sqlite", ":memory:") // want `\(no fix: the hard-coded ":memory:" may name another database\)$`
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.Stats()
}
