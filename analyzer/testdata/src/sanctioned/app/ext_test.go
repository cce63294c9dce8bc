package app_test

import (
	"database/sql"
	"testing"
)

func TestExt(t *testing.T) {
	db, _ := sql.Open("postgres", "dsn") // want `sql\.Open creates`
	_ = db
}
