// Package closes holds the ways a constructed pool gets closed: the ones a
// fix removes, and the ones it cannot (no fix, the shared pool would be
// closed).
package closes

import "fixes/db"

var _ = db.SQL
