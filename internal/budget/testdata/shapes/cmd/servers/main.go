// Command servers opens pools to several servers; the driver of one comes
// from the environment.
package main

import (
	"database/sql"
	"os"
)

func main() {
	a, _ := sql.Open("mysql", "app@/app")
	a.SetMaxOpenConns(10)
	b, _ := sql.Open("sqlite3", "file.db")
	b.SetMaxOpenConns(1)
	c, _ := sql.Open(os.Getenv("DRIVER"), os.Getenv("DSN"))
	c.SetMaxOpenConns(2)
}
