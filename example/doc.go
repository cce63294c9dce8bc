// Package example reproduces the incident poolcheck was written for: every
// route handler, the WebSocket server and a script each open their own
// database pool, until PostgreSQL answers "FATAL: sorry, too many clients
// already". Only example/internal/db is meant to create a pool.
//
// Run poolcheck on it from the repository root:
//
//	go run ./cmd/poolcheck -allow=github.com/poolcheck/poolcheck/example/internal/db ./example/...
//
// The code uses database/sql only, so it builds without a driver; it is
// never run.
package example
