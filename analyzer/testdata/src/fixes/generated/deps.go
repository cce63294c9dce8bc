// Package generated holds a generated file, where no fix can be applied,
// beside a hand-written one.
package generated

import "fixes/db"

var _ = db.SQL
