// Package db is the sanctioned package: it owns the shared pool.
package db

import "database/sql"

var Pool, _ = sql.Open("postgres", "dsn")

func SQL() *sql.DB { return Pool }

func init() { Pool.SetMaxOpenConns(20) }
