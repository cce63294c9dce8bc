// Package app is a code base that adopted poolcheck with a baseline
// (../adopt.baseline): only what was added since is reported.
package app

import (
	"database/sql"
	"database/sql/driver"
)

// Baselined: a package-level pool.
var global, _ = sql.Open("postgres", "dsn")

// One sql.Open here was baselined; the second one is new.
func F() {
	_, _ = sql.Open("postgres", "old")
	_, _ = sql.Open("postgres", "new") // want `sql\.Open creates a new connection pool`
}

// The baseline lists an OpenDB in G, not an Open: another constructor is
// another finding.
func G(c driver.Connector) {
	_, _ = sql.Open("postgres", "dsn") // want `sql\.Open creates a new connection pool`
	_ = sql.OpenDB(c)
}

// Not in the baseline at all: the entry for the removed function Gone
// hides nothing here.
func H() {
	_, _ = sql.Open("postgres", "dsn") // want `sql\.Open creates a new connection pool`
}

// Baselined and suppressed: the directive applies first, and takes no key.
func I() {
	_, _ = sql.Open("postgres", "dsn") //poolcheck:ignore migration tool, runs once
	_, _ = sql.Open("postgres", "dsn")
}
