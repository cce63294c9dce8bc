package basic

import (
	"database/sql"
	"os"
)

// A package-level pool set in init.
var orders *sql.DB

func init() {
	var err error
	orders, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		panic(err)
	}
}

func countOrders() int { return orders.Stats().InUse }

// Twin: a package-level pool set in init and tuned in another file.
var invoices *sql.DB

func init() {
	var err error
	invoices, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is tuned with SetMaxOpenConns \(in another file\)\)$`
	if err != nil {
		panic(err)
	}
}
