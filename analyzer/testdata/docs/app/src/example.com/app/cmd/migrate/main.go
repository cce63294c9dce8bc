package main

import "example.com/app/db"

func main() {
	//poolcheck:ignore this command is the only user of the pool and exits after the migration
	defer db.Pool.Close()
	_, _ = db.Pool.Exec("SELECT 1")
}
