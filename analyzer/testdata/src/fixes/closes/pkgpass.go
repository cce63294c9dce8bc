package closes

import (
	"database/sql"
	"os"
)

// A package-level pool only read in another file: fix.
var reports, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`

// Twin: a package-level pool passed to a helper in another file.
var audits, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is passed to register, which may close or tune it \(in another file\)\)$`
