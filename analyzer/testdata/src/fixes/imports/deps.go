// Package imports holds the placement and naming of the import a fix
// adds.
package imports

import "fixes/db"

var _ = db.SQL
