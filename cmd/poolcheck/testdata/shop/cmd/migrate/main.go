// Command migrate runs the schema migrations.
package main

import (
	"database/sql"
	"os"

	"example.com/shop/internal/kv"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		os.Exit(1)
	}
	defer db.Close()
	_ = kv.Dial(os.Getenv("KV_ADDR"))
}
