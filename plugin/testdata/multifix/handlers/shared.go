// Package handlers opens pools of its own, several per file: their fixes
// are one edit set, attached to each of their diagnostics, which
// golangci-lint --fix must apply once.
package handlers

import "example.com/multifix/db"

// Only this file imports db: the fixes of the other files add the import.
var _ = db.Pool
