// Package sub is sanctioned by the pattern tree/db/...
package sub

import "database/sql"

var Replica, _ = sql.Open("postgres", "replica")

func init() { Replica.SetMaxOpenConns(10) }
