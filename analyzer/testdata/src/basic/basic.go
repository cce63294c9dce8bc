package basic

import (
	"context"
	"database/sql"
	stdsql "database/sql"
	"database/sql/driver"

	mysql "lookalike/sql"
)

// Package-level initialisers run once, but outside the sanctioned package.
var global, _ = sql.Open("postgres", "dsn") // want `^sql\.Open creates a new connection pool; no package is sanctioned to create clients: set -allow to the import path of the package that owns the shared pool and use that pool$`

func init() {
	db, _ := sql.Open("postgres", "dsn") // want `sql\.Open creates a new connection pool`
	_ = db
}

func aliased() {
	_, _ = stdsql.Open("postgres", "dsn") // want `^stdsql\.Open creates`
}

func twoOnOneLine(c driver.Connector) {
	pair(sql.OpenDB(c), sql.OpenDB(c)) // want `sql\.OpenDB creates` `sql\.OpenDB creates`
}

func pair(a, b *sql.DB) {}

// A constructor stored in a variable is reported where it is named, not
// where the variable is called.
func functionValue() {
	open := sql.Open // want `sql\.Open creates`
	_, _ = open("postgres", "dsn")
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func generic() *sql.DB {
	return must(sql.Open("postgres", "dsn")) // want `sql\.Open creates`
}

type factory struct {
	open func(driver.Connector) *sql.DB
}

var f = factory{open: sql.OpenDB} // want `sql\.OpenDB creates`

func closure(c driver.Connector) func() *sql.DB {
	return func() *sql.DB {
		return sql.OpenDB(c) // want `sql\.OpenDB creates`
	}
}

// Negative cases.

// Open is a local function that happens to share the name.
func Open(driver, dsn string) (*sql.DB, error) { return nil, nil }

func lookalikes() {
	_, _ = Open("postgres", "dsn")  // a local function
	_, _ = mysql.Open("mysql", "x") // a project package imported under the name of a driver
}

// Methods of an existing pool only check out connections.
func checkout(ctx context.Context, db *sql.DB) {
	conn, _ := db.Conn(ctx)
	_ = conn
	_ = db.Ping()
}

// Through an interface the analyzer cannot see what is constructed.
type opener interface {
	Open(driver, dsn string) (*sql.DB, error)
}

func viaInterface(o opener) {
	_, _ = o.Open("postgres", "dsn")
}

// Naming the type or the function in a declaration constructs nothing.
var (
	_ *sql.DB
	_ func(string, string) (*sql.DB, error)
)
