package db

import "database/sql"

var Pool, _ = sql.Open("postgres", "dsn")

func init() { Pool.SetMaxOpenConns(20) }
