package app_test

import (
	"database/sql"
	"testing"
)

// The external test package has its own keys (compat/app_test).
func Users(t *testing.T) { sql.Open("postgres", "test") }

func TestX(t *testing.T) { Users(t) }
