package basic

import (
	"database/sql"
	"os"
)

// A package-level var x, err = C whose err is read elsewhere: the forms
// that get a fix include package-level var x = C and var x, _ = C (see
// pkgvar.go), not this one.
var primary, primaryErr = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: a package-level error variable is not rewritten\)$`

func init() {
	if primaryErr != nil {
		panic(primaryErr)
	}
}

// Twin: the same for a replica.
var secondary, secondaryErr = sql.Open("postgres", "postgres://replica/app") // want `\(no fix: the hard-coded "postgres://replica/app" may name another database\)$`

func init() {
	if secondaryErr != nil {
		panic(secondaryErr)
	}
}

func pools() (*sql.DB, *sql.DB) { return primary, secondary }
