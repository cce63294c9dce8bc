// Package analyzer defines an Analyzer that reports database and cache
// clients constructed outside the sanctioned packages.
//
// # Analyzer poolcheck
//
// poolcheck: report database and cache clients constructed outside the sanctioned packages
//
// Every database/sql.Open, pgxpool.New, redis.NewClient, mongo.Connect, and
// every other constructor of the built-in catalog (poolcheck -catalog) creates
// a client with its own connection pool. A service whose handlers, jobs and
// scripts each create one ends with PostgreSQL's "FATAL: sorry, too many
// clients already". The rule poolcheck enforces is: create the shared pool in
// one sanctioned package and import it everywhere else.
//
//	// WRONG (in package example.com/app/handlers)
//	db, err := sql.Open("pgx", dsn) // sql.Open creates a new connection pool outside the sanctioned package example.com/app/db; use the shared pool from there instead
//
//	// RIGHT
//	rows, err := db.Pool.Query(ctx, q) // example.com/app/db owns the one pool
//
// Name the sanctioned packages with -allow (example.com/app/db, or
// example.com/app/db/... for a tree). Wrappers of an existing pool
// (sqlx.NewDb, bun.NewDB, stdlib.OpenDBFromPool, gorm over an existing
// *sql.DB) and connectors or configs that hold no connection are not
// constructions. Suppress one finding with a comment on the line above or
// at the end of the line:
//
//	//poolcheck:ignore <reason>
//
// A directive without a reason, or one that suppresses nothing, is reported.
package analyzer
