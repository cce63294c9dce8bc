package forms

import (
	"database/sql"
	"os"
	"testing"
)

func TestPing(t *testing.T) {
	c, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_ = c.Ping()
}
