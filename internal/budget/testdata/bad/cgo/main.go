// Command cgo needs a C compiler.
package main

// int answer(void) { return 42; }
import "C"

import "database/sql"

func main() {
	sql.Open("postgres", "")
	_ = C.answer()
}
