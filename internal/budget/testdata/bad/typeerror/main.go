// Command typeerror does not type-check.
package main

import "database/sql"

func main() {
	var n int = sql.Open("postgres", "")
	_ = n
}
