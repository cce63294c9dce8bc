package directives

import (
	"database/sql"
	"database/sql/driver"
)

func above() {
	//poolcheck:ignore the migration tool needs its own short-lived pool
	db, _ := sql.Open("postgres", "dsn")
	_ = db
}

func trailing() {
	db, _ := sql.Open("postgres", "dsn") //poolcheck:ignore one-off admin connection
	_ = db
	next, _ := sql.Open("postgres", "dsn") // want `sql\.Open creates`
	_ = next
}

func noReason() {
	//poolcheck:ignore // want `poolcheck:ignore directive needs a reason`
	db, _ := sql.Open("postgres", "dsn") // want `sql\.Open creates`
	_ = db
}

func stale() {
	//poolcheck:ignore nothing to suppress here // want `poolcheck:ignore directive suppresses nothing: remove it`
	_ = 1
}

// Only the exact word is a directive.
func other() {
	//poolcheck:ignored is not a directive
	db, _ := sql.Open("postgres", "dsn") // want `sql\.Open creates`
	_ = db
}

func twoOnALine(c driver.Connector) {
	pair(sql.OpenDB(c), sql.OpenDB(c)) //poolcheck:ignore both belong to the fixture loader
}

func pair(a, b *sql.DB) {}
