package app

import (
	"database/sql"
	"testing"
)

func TestHandler(t *testing.T) {
	db, _ := sql.Open("postgres", "dsn") // want `sql\.Open creates`
	_ = db
}
