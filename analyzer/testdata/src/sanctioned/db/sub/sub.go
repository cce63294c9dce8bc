// Package sub is sanctioned only by the pattern sanctioned/db/...
package sub

import "database/sql"

var Replica, _ = sql.Open("postgres", "replica") // want `sql\.Open creates a new connection pool outside the sanctioned package sanctioned/db: construct it there once and share it`
