// Command loop: a pool per iteration, a retry loop (once) and one pool
// per shard (once per item).
package main

import (
	"database/sql"
	"time"
)

func connect() *sql.DB {
	db, _ := sql.Open("postgres", "")
	db.SetMaxOpenConns(3)
	return db
}

func retry() *sql.DB {
	for {
		db, err := sql.Open("postgres", "")
		if err == nil {
			db.SetMaxOpenConns(4)
			return db
		}
		time.Sleep(time.Second)
	}
}

func main() {
	for i := 0; i < 10; i++ {
		db := connect()
		db.Ping()
	}
	retry()
}
