// Command funcvalue reaches sql.Open through a function value.
package main

import "database/sql"

var opener = sql.Open

func connect(open func(driver, dsn string) (*sql.DB, error)) *sql.DB {
	db, _ := open("mysql", "app@/app")
	return db
}

func main() {
	db := connect(opener)
	db.SetMaxOpenConns(8)
}
