// Command backfill is a one-off script that also opened its own pool.
package main

import (
	"database/sql"
	"log"
	"os"
)

func main() {
	pool, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()
	if _, err := pool.Exec("update users set active = true"); err != nil {
		log.Fatal(err)
	}
}
