package escape

import (
	"database/sql"
	"os"
)

// An unexported package-level pool read in this package: fix.
var reports, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`

func reportStats() sql.DBStats { return reports.Stats() }

// Twin: an exported package-level pool, which other packages may close.
var Audit, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is exported as Audit, and other packages may close it\)$`

// Store's exported field may be closed by other packages.
type Store struct{ DB *sql.DB }

// Twin: stored in an exported field of an exported type, returned to other
// packages.
func NewPublicStore() *Store {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in exported field DB, and other packages may close it\)$`
	if err != nil {
		panic(err)
	}
	return &Store{DB: conn}
}
