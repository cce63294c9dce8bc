// Package returns holds constructions returned to callers: a fix only when
// every caller is in this package and only reads the pool.
package returns

import "fixes/db"

var _ = db.SQL
