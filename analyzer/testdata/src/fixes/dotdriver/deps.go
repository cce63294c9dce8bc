// Package dotdriver dot-imports the driver package.
package dotdriver

import "fixes/db"

var _ = db.SQL
