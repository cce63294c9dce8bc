// Command unreachable imports a package with constructions it never
// calls, and has a dead function of its own.
package main

import (
	"database/sql"

	"example.com/shapes/internal/store"
)

func dead() { sql.Open("postgres", "") }

func main() {
	_ = store.Open // a reference, never called: RTA still counts it reachable
}
