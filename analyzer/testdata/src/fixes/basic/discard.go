package basic

import (
	"database/sql"
	"os"
)

// A construction whose values are discarded only leaked a pool: it goes.
func discarded() {
	_, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
}

// Twin: the same with a replica's DSN.
func discardedReplica() {
	_, _ = sql.Open("postgres", "postgres://replica/app") // want `\(no fix: the hard-coded "postgres://replica/app" may name another database\)$`
}
