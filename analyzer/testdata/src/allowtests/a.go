package allowtests

import "database/sql"

func open() (*sql.DB, error) {
	return sql.Open("postgres", "dsn") // want `sql\.Open creates`
}
