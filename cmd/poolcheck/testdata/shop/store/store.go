// Package store owns most of the shop's pools already: the inventory
// proposes it as the sanctioned package, DB and Cache as its accessors.
package store

import (
	"database/sql"
	"os"

	"example.com/shop/internal/kv"
)

// DB is the shop's database pool.
var DB, _ = sql.Open("postgres", os.Getenv("DATABASE_URL"))

// Cache is the shop's key-value client.
var Cache = kv.Dial(os.Getenv("KV_ADDR"))

// reports is a second pool, for reporting queries; unexported, so no
// accessor for other packages.
var reports *sql.DB

func init() {
	DB.SetMaxOpenConns(20)
	reports, _ = sql.Open("postgres", os.Getenv("REPORTS_URL"))
	reports.SetMaxOpenConns(5)
}

// Replica opens a pool on the read replica for the caller.
func Replica() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("REPLICA_URL"))
}
