package main

import (
	"net/http"

	"example.com/app/db"
)

func main() {
	defer db.Close() // RIGHT: the sanctioned package owns shutdown
	_ = http.ListenAndServe(":8081", nil)
}
