// Package budget answers, for every binary of a Go program, "how many
// database and cache connections can one process open, to which servers,
// and where does each come from?" — the whole-program pool map behind
// poolcheck -budget.
//
// It loads the binaries' packages and all their dependencies from source
// (go/packages LoadAllSyntax), builds SSA (go/ssa) and, per binary, a call
// graph from main and init: RTA for reachability, refined by VTA for the
// edges (see docs/budget.md for the measured choice). Every construction
// the analyzer's catalog knows that the binary can reach is a pool site.
// For each site it decides
//
//   - the multiplicity: once, per-request (reachable from a request
//     handler as the analyzer recognises them), per-iteration (a loop in
//     the module's own code around a call on the way, with the analyzer's
//     exceptions for retry and one-per-item loops) or per-goroutine (a go
//     statement in such a loop), with the shortest call chain that makes it
//     so;
//   - the limit: a constant set through the analyzer's limit setters and
//     size fields (SetMaxOpenConns, MaxConns, PoolSize, MaxActive,
//     SetMaxPoolSize) or a constant DSN parameter (pool_max_conns,
//     pool_size, maxPoolSize); "config" with the place when the value is
//     computed; the library's default otherwise;
//   - the server kind: the database/sql driver name or the library.
//
// Totals per server kind and binary are a number, "unbounded" or "config"
// (with a lower bound). The analyzer's knowledge comes from
// analyzer/export.go and export_syntax.go: this package holds only what
// the budget adds (server
// kinds, library defaults, the value flow in SSA).
package budget
