package handlers

import "database/sql"

func Handle() (*sql.DB, error) {
	return sql.Open("postgres", "x") // want `sql.Open creates a new connection pool outside the sanctioned package example.com/app/db`
}
