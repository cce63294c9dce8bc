// Command once opens one pool in main, with a constant limit.
package main

import "database/sql"

func main() {
	db, err := sql.Open("postgres", "postgres://localhost/app")
	if err != nil {
		panic(err)
	}
	db.SetMaxOpenConns(10)
	defer db.Close()
}
