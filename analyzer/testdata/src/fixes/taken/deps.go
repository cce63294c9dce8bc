// Package taken declares db at package level, so an import of fixes/db
// must be named otherwise in every file.
package taken

import shared "fixes/db"

var _ = shared.SQL

// db names the primary database.
var db = "primary"
