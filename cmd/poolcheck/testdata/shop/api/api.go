// Package api serves HTTP; it opens pools where it should use store.DB.
package api

import (
	"database/sql"
	"net/http"
	"os"
)

// Orders opens a pool on every request.
func Orders(w http.ResponseWriter, r *http.Request) {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer db.Close()
}

// Batch opens a pool per item.
func Batch(ids []int) error {
	for range ids {
		db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
		if err != nil {
			return err
		}
		db.Close()
	}
	return nil
}
