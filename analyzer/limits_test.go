package analyzer_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
)

// limitsScenarios run in TestScenarios.
var limitsScenarios = []scenario{
	// UnboundedPool covers the unbounded-pool rule in sanctioned packages:
	// pools in package variables and struct fields, limits set by helpers
	// and callers of the same package, wrappers (sqlx, gorm, ent, xorm) and
	// pools that escape (silent).
	{name: "UnboundedPool", cfg: analyzer.Config{Allow: []string{"limits/unbounded/..."}}, patterns: []string{"limits/unbounded/..."}},
	// MaxConns covers -max-conns: constant limits above it are reported in
	// sanctioned and other packages, including test files.
	{name: "MaxConns", cfg: analyzer.Config{Allow: []string{"limits/maxconns/db"}, MaxConns: 100}, patterns: []string{"limits/maxconns/..."}},
	// NoMaxConns checks that no limit is checked without -max-conns.
	{name: "NoMaxConns", cfg: analyzer.Config{Allow: []string{"limits/nomax"}}, patterns: []string{"limits/nomax"}},
}

// TestRealWorldLimits runs poolcheck on the pinned modules of TestRealWorld
// with every package of the module sanctioned (so only the limit rules and
// repeated constructions apply) and -max-conns=1 (so every constant limit above 1 is reported),
// and compares all findings with the list in realWorldLimits, made by
// reading the code. Missing and extra findings both fail.
func TestRealWorldLimits(t *testing.T) {
	files, _ := filepath.Glob("testdata/realworld/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/realworld/*.txt")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			spec := readSpec(t, file)
			module, _, _ := strings.Cut(spec.module, "@")
			dir := moduleCopy(t, spec.module)
			cfg := analyzer.Config{Allow: []string{module + "/..."}, MaxConns: 1}
			var got []string
			for _, d := range analyze(t, dir, cfg, spec.patterns...) {
				got = append(got, fmt.Sprintf("%s:%d: %s", d.file, d.line, d.msg))
			}
			compare(t, got, realWorldLimits[name])
		})
	}
}

// realWorldLimits lists, per module of testdata/realworld, what the limit
// rules find, checked by reading the code; a module not listed must have no
// finding. No module calls SetMaxOpenConns outside its tests except gue, so
// the database/sql pools the others keep are unlimited.
//
//   - asynq: go-redis clients only, bounded by default; PoolSize is copied
//     from the caller's options (not a constant).
//   - gue: adapter/testing's OpenTestPoolMaxConnsLibPQ limits its pool with
//     SetMaxOpenConns(maxConnections); doApplyMigrations keeps its pool
//     nowhere; the pgxpool pools get MaxConns from a parameter.
//   - redsync: redigo pools and go-redis/rueidis clients with default sizes.
//   - river: pgxpool pools only, MaxConns never a constant.
var realWorldLimits = map[string][]string{
	// With the module sanctioned, its own constructor setup (a test helper
	// that returns a new go-redis client) called in every iteration of a
	// benchmark loop is a repeated construction: a client per iteration.
	"asynq": {
		"benchmark_test.go:32: setup runs on every iteration of the loop at line 30: each call opens a new pool (via redis.NewClusterClient); create it once and share it",
		"benchmark_test.go:72: setup runs on every iteration of the loop at line 70: each call opens a new pool (via redis.NewClusterClient); create it once and share it",
		"benchmark_test.go:139: setup runs on every iteration of the loop at line 137: each call opens a new pool (via redis.NewClusterClient); create it once and share it",
		"benchmark_test.go:192: setup runs on every iteration of the loop at line 190: each call opens a new pool (via redis.NewClusterClient); create it once and share it",
	},
	// beego's session providers (issue 14): with the module sanctioned,
	// only the per-request calls of the constructing helpers remain; the
	// memcache provider guards its calls with "if client == nil".
	"beego": {
		"session/couchbase/sess_couchbase.go:156: getBucket runs on every call to SessionRead: each call opens a new pool (via (*couchbase.Pool).GetBucket); create it once and share it",
		"session/couchbase/sess_couchbase.go:183: getBucket runs on every call to SessionExist: each call opens a new pool (via (*couchbase.Pool).GetBucket); create it once and share it",
		"session/couchbase/sess_couchbase.go:196: getBucket runs on every call to SessionRegenerate: each call opens a new pool (via (*couchbase.Pool).GetBucket); create it once and share it",
		"session/couchbase/sess_couchbase.go:229: getBucket runs on every call to SessionDestroy: each call opens a new pool (via (*couchbase.Pool).GetBucket); create it once and share it",
		"session/mysql/sess_mysql.go:145: connectInit runs on every call to SessionRead: each call opens a new pool (via sql.Open); create it once and share it",
		"session/mysql/sess_mysql.go:168: connectInit runs on every call to SessionExist: each call opens a new pool (via sql.Open); create it once and share it",
		"session/mysql/sess_mysql.go:178: connectInit runs on every call to SessionRegenerate: each call opens a new pool (via sql.Open); create it once and share it",
		"session/mysql/sess_mysql.go:201: connectInit runs on every call to SessionDestroy: each call opens a new pool (via sql.Open); create it once and share it",
		"session/mysql/sess_mysql.go:209: connectInit runs on every call to SessionGC: each call opens a new pool (via sql.Open); create it once and share it",
		"session/mysql/sess_mysql.go:216: connectInit runs on every call to SessionAll: each call opens a new pool (via sql.Open); create it once and share it",
		"session/postgres/sess_postgresql.go:152: connectInit runs on every call to SessionRead: each call opens a new pool (via sql.Open); create it once and share it",
		"session/postgres/sess_postgresql.go:182: connectInit runs on every call to SessionExist: each call opens a new pool (via sql.Open); create it once and share it",
		"session/postgres/sess_postgresql.go:192: connectInit runs on every call to SessionRegenerate: each call opens a new pool (via sql.Open); create it once and share it",
		"session/postgres/sess_postgresql.go:216: connectInit runs on every call to SessionDestroy: each call opens a new pool (via sql.Open); create it once and share it",
		"session/postgres/sess_postgresql.go:224: connectInit runs on every call to SessionGC: each call opens a new pool (via sql.Open); create it once and share it",
		"session/postgres/sess_postgresql.go:231: connectInit runs on every call to SessionAll: each call opens a new pool (via sql.Open); create it once and share it",
	},
	"beego-v2": {
		"server/web/session/couchbase/sess_couchbase.go:179: getBucket runs on every call to SessionRead: each call opens a new pool (via (*couchbase.Pool).GetBucket); create it once and share it",
		"server/web/session/couchbase/sess_couchbase.go:206: getBucket runs on every call to SessionExist: each call opens a new pool (via (*couchbase.Pool).GetBucket); create it once and share it",
		"server/web/session/couchbase/sess_couchbase.go:219: getBucket runs on every call to SessionRegenerate: each call opens a new pool (via (*couchbase.Pool).GetBucket); create it once and share it",
		"server/web/session/couchbase/sess_couchbase.go:252: getBucket runs on every call to SessionDestroy: each call opens a new pool (via (*couchbase.Pool).GetBucket); create it once and share it",
		"server/web/session/mysql/sess_mysql.go:155: connectInit runs on every call to SessionRead: each call opens a new pool (via sql.Open); create it once and share it",
		"server/web/session/mysql/sess_mysql.go:180: connectInit runs on every call to SessionExist: each call opens a new pool (via sql.Open); create it once and share it",
		"server/web/session/mysql/sess_mysql.go:196: connectInit runs on every call to SessionRegenerate: each call opens a new pool (via sql.Open); create it once and share it",
		"server/web/session/mysql/sess_mysql.go:222: connectInit runs on every call to SessionDestroy: each call opens a new pool (via sql.Open); create it once and share it",
		"server/web/session/mysql/sess_mysql.go:230: connectInit runs on every call to SessionGC: each call opens a new pool (via sql.Open); create it once and share it",
		"server/web/session/mysql/sess_mysql.go:237: connectInit runs on every call to SessionAll: each call opens a new pool (via sql.Open); create it once and share it",
		"server/web/session/postgres/sess_postgresql.go:158: connectInit runs on every call to SessionRead: each call opens a new pool (via sql.Open); create it once and share it",
		"server/web/session/postgres/sess_postgresql.go:188: connectInit runs on every call to SessionExist: each call opens a new pool (via sql.Open); create it once and share it",
		"server/web/session/postgres/sess_postgresql.go:204: connectInit runs on every call to SessionRegenerate: each call opens a new pool (via sql.Open); create it once and share it",
		"server/web/session/postgres/sess_postgresql.go:228: connectInit runs on every call to SessionDestroy: each call opens a new pool (via sql.Open); create it once and share it",
		"server/web/session/postgres/sess_postgresql.go:236: connectInit runs on every call to SessionGC: each call opens a new pool (via sql.Open); create it once and share it",
		"server/web/session/postgres/sess_postgresql.go:243: connectInit runs on every call to SessionAll: each call opens a new pool (via sql.Open); create it once and share it",
	},
	// OpenDBWithDriver returns its sql.Open pool to the module's users. The
	// tests' SetMaxOpenConns(1) and SetMaxOpenConns(tc.maxOpenConns) are
	// within -max-conns=1 or not constant.
	"goose": {
		"db.go:44: sql.Open pool has no connection limit (MaxOpenConns is unlimited by default): call SetMaxOpenConns",
	},
	// openDBConnection returns the gorm.Open(dialector) DB to createDatabase
	// and (*Adapter).Open, which keeps a session of it in Adapter.db; only
	// finalizer reaches its DB(), to Close it.
	"gorm-adapter": {
		"adapter.go:330: postgres.Open pool has no connection limit (MaxOpenConns is unlimited by default): call SetMaxOpenConns on its DB()",
		"adapter.go:332: mysql.Open pool has no connection limit (MaxOpenConns is unlimited by default): call SetMaxOpenConns on its DB()",
		"adapter.go:334: sqlserver.Open pool has no connection limit (MaxOpenConns is unlimited by default): call SetMaxOpenConns on its DB()",
		"adapter.go:336: sqlite.Open pool has no connection limit (MaxOpenConns is unlimited by default): call SetMaxOpenConns on its DB()",
	},
	// Each driver's Open keeps its sql.Open pool in a struct field, directly
	// (ClickHouse.conn) or through WithInstance (Postgres.db). The mongodb
	// and cassandra clients are not database/sql pools. The tests limit
	// their own pools with SetMaxOpenConns(concurrency), a constant 30.
	"migrate": {
		"database/clickhouse/clickhouse.go:76: sql.Open pool has no connection limit (MaxOpenConns is unlimited by default): call SetMaxOpenConns",
		"database/pgx/pgx.go:174: sql.Open pool has no connection limit (MaxOpenConns is unlimited by default): call SetMaxOpenConns",
		"database/pgx/v5/pgx.go:150: sql.Open pool has no connection limit (MaxOpenConns is unlimited by default): call SetMaxOpenConns",
		"database/postgres/postgres.go:158: sql.Open pool has no connection limit (MaxOpenConns is unlimited by default): call SetMaxOpenConns",
		"database/pgx/pgx_test.go:691: SetMaxOpenConns(30) exceeds -max-conns=1, the most connections one pool of this service may open",
		"database/pgx/v5/pgx_test.go:666: SetMaxOpenConns(30) exceeds -max-conns=1, the most connections one pool of this service may open",
		"database/postgres/postgres_test.go:696: SetMaxOpenConns(30) exceeds -max-conns=1, the most connections one pool of this service may open",
	},
}
