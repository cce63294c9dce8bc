// Package pools, a sanctioned package, owns connection pools.
package pools

import (
	"database/sql"
	"os"
	"time"
)

// WRONG: no limit on open connections.
var Pool, _ = sql.Open("pgx", os.Getenv("DATABASE_URL"))

// RIGHT
var Reports = open(os.Getenv("REPORTS_URL"))

func open(dsn string) *sql.DB {
	pool, err := sql.Open("pgx", dsn)
	if err != nil {
		panic(err)
	}
	pool.SetMaxOpenConns(20) // (max_connections − reserve) / replicas
	pool.SetMaxIdleConns(20)
	pool.SetConnMaxIdleTime(5 * time.Minute)
	return pool
}

// WRONG: a limit of 0 means no limit.
var Audit = unlimited(os.Getenv("AUDIT_URL"))

func unlimited(dsn string) *sql.DB {
	pool, _ := sql.Open("pgx", dsn)
	pool.SetMaxOpenConns(0)
	return pool
}

// Suppressed, with a reason.
//
//poolcheck:ignore PgBouncer in front of this database limits the connections
var Replica, _ = sql.Open("pgx", os.Getenv("REPLICA_URL"))
