// Package analyzer defines an Analyzer that checks that database and
// cache clients use the one shared connection pool of a service.
//
// # Analyzer poolcheck
//
// poolcheck: check that database clients use the shared pool
//
// Every database/sql.Open, pgxpool.New, redis.NewClient, mongo.Connect, and
// every other constructor of the built-in catalog (poolcheck -catalog) creates
// a client with its own connection pool. A service whose handlers, jobs and
// scripts each create one ends with PostgreSQL's "FATAL: sorry, too many
// clients already". The rule poolcheck enforces is: create the shared pool in
// one sanctioned package, give it a connection limit, and import it
// everywhere else.
//
//	// WRONG (in package example.com/app/handlers)
//	db, err := sql.Open("pgx", dsn) // sql.Open creates a new connection pool outside the sanctioned package example.com/app/db: construct it there once and share it
//
//	// RIGHT
//	rows, err := db.Pool.Query(ctx, q) // example.com/app/db owns the one pool
//
// Name the sanctioned packages with -allow (example.com/app/db, or
// example.com/app/db/... for a tree) and their shared pools with -shared
// (example.com/app/db.Pool). Wrappers of an existing pool (sqlx.NewDb,
// bun.NewDB, stdlib.OpenDBFromPool, gorm over an existing *sql.DB),
// connectors and configs that hold no connection, and checkouts from a
// pool (db.Conn, pool.Acquire) are not constructions.
//
// Each finding has one of these categories, explained with examples at
// https://github.com/poolcheck/poolcheck/blob/main/docs/CATEGORY.md:
//
// construction: a catalogued constructor is referenced outside the
// sanctioned packages, as a call or as a function value.
//
// repeated-construction: a construction runs on every request of an HTTP
// or gRPC handler, every message of a consumer, every iteration of a loop,
// or in a goroutine started there, even inside a sanctioned package; so
// does a call there of a sanctioned package's constructor or of a function
// of the package that constructs. A loop that builds one client per item
// or retries is not repetition.
//
//	sql.Open runs on every request to Users: each call opens a new pool; construct it once in the sanctioned package example.com/app/db and share it
//
// shared-close: Close is called on a -shared pool outside the sanctioned
// packages, which closes it for every other user.
//
//	db.Pool.Close closes the shared pool for every other user; leave closing it to the sanctioned package example.com/app/db
//
// unbounded-pool: a sanctioned package keeps a database/sql pool (in a
// variable, a field, or a result of an exported function) and never calls
// SetMaxOpenConns on it with a positive limit: such a pool opens a
// connection per concurrent query.
//
//	sql.Open pool has no connection limit (MaxOpenConns is unlimited by default): call SetMaxOpenConns
//
// pool-limit: with -max-conns N, a constant connection limit above N
// (SetMaxOpenConns, pgxpool MaxConns, go-redis PoolSize, ...).
//
//	SetMaxOpenConns(100) exceeds -max-conns=25, the most connections one pool of this service may open
//
// Suppress one finding with a directive on the line above it or at the
// end of its line, with a reason:
//
//	//poolcheck:ignore the migration tool runs alone and needs its own pool
//
// ignore-directive: a directive without a reason; it suppresses nothing.
//
//	poolcheck:ignore directive needs a reason: write //poolcheck:ignore <why this construction is allowed>
//
// stale-ignore: a directive that suppresses nothing.
//
//	poolcheck:ignore directive suppresses nothing: remove it
//
// Findings about directives cannot be suppressed or baselined. With
// -baseline FILE (written by poolcheck -write-baseline), only findings that
// are not in FILE are reported.
package analyzer
