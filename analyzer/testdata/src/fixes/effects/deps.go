// Package effects holds inputs of a construction that have effects of
// their own: they stay (as _ = ...) or there is no fix.
package effects

import "fixes/db"

var _ = db.SQL
