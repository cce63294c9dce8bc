// Package xtestno imports the sanctioned package; its external test
// package does not, and is a package of its own.
package xtestno

import "fixes/db"

var _ = db.SQL
