// Package basic holds the forms that get a fix, one file each, with the
// form's twin that must not get one.
package basic

import (
	"database/sql"

	"fixes/db"
)

var _ = db.SQL

func helper(*sql.DB) {}
