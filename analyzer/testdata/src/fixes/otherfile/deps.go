// Package otherfile imports the sanctioned package in this file only; the
// fix adds the import to the file it rewrites.
package otherfile

import "fixes/db"

var _ = db.SQL
