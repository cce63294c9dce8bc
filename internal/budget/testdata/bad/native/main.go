// Command native uses cgo.
package main

// int answer(void) { return 42; }
import "C"

import "database/sql"

func main() {
	sql.Open("postgres", "")
	_ = C.answer()
}
