// Package unsupported holds forms that get no fix: function values, gorm
// dialectors, clients no accessor has the type of.
package unsupported

import "fixes/db"

var _ = db.SQL
