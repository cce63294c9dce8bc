package db

import "testing"

func TestLimit(t *testing.T) {
	DB.SetMaxOpenConns(1000) // want `^SetMaxOpenConns\(1000\) exceeds`
}
