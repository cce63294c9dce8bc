package db

import (
	"database/sql"
	"testing"
)

func TestOpen(t *testing.T) {
	db, _ := sql.Open("postgres", "dsn")
	_ = db
}
