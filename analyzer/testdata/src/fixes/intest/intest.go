// Package intest has a construction in an in-package test file.
package intest

import "fixes/db"

var _ = db.SQL
