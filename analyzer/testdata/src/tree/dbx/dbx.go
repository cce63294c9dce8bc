// Package dbx shares a prefix with tree/db but is not under it.
package dbx

import "database/sql"

var Other, _ = sql.Open("postgres", "dsn") // want `outside the sanctioned package tree/db/\.\.\.:`
