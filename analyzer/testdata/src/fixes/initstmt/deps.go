// Package initstmt holds constructions in and next to if/switch init
// statements.
package initstmt

import "fixes/db"

var _ = db.SQL
