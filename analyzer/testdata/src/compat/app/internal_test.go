package app

import (
	"database/sql"
	"testing"
)

func TestInternal(t *testing.T) { sql.Open("postgres", "internal test") }
