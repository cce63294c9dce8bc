package basic

import (
	"database/sql"
	"log"
	"os"
)

// var x, err = C inside a function.
func varSpec() {
	var conn, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		log.Fatal(err)
	}
	log.Println(conn.Stats().InUse)
}

// Twin: the driver name is a parameter; another driver is another pool.
func varSpecDriver(driverName string) {
	var conn, err = sql.Open(driverName, os.Getenv("DATABASE_URL")) // want `\(no fix: its configuration \(driverName\) may differ from the shared pool's\)$`
	if err != nil {
		log.Fatal(err)
	}
	log.Println(conn.Stats().InUse)
}

var _ *sql.DB
