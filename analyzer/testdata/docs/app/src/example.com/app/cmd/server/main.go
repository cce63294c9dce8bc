package main

import (
	"net/http"

	"example.com/app/db"
)

func main() {
	defer db.Pool.Close() // WRONG
	_ = http.ListenAndServe(":8080", nil)
}
