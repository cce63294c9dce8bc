package budget

import (
	"fmt"
	"strings"
)

// This file is what the budget adds to the analyzer's catalog: which
// server a library talks to, and how many connections one of its pools
// opens when nothing limits it. Every default was read in the library's
// source at the version cited (docs/budget.md, "Library defaults").

// library is what the budget knows about the constructors of a package
// tree.
type library struct {
	prefix string // package path, or path prefix ending in "/"
	server string // server kind: postgres, redis ...
	// def is the default limit of one pool for cpus CPUs; ok false when
	// the library sets no limit (database/sql, redigo) or none is known.
	def func(cpus int) (n int, ok bool)
	// note explains def in the report.
	note string
	// dsnKeys are the DSN parameters that set the limit.
	dsnKeys []string
	// sqlDriver: the server is the database/sql driver name argument.
	sqlDriver bool
}

func fixed(n int) func(int) (int, bool) { return func(int) (int, bool) { return n, true } }
func perCPU(k int) func(int) (int, bool) {
	return func(cpus int) (int, bool) { return k * cpus, true }
}
func unlimited(int) (int, bool) { return 0, false }

// libraries, most specific prefix first.
var libraries = []library{
	// database/sql: DB.maxOpen "<= 0 means unlimited" (database/sql/sql.go).
	{prefix: "database/sql", server: "sql", def: unlimited, note: "database/sql: MaxOpenConns unlimited by default", sqlDriver: true},
	{prefix: "github.com/jmoiron/sqlx", server: "sql", def: unlimited, note: "sqlx wraps database/sql: unlimited by default", sqlDriver: true},
	{prefix: "entgo.io/ent/dialect/sql", server: "sql", def: unlimited, note: "ent wraps database/sql: unlimited by default", sqlDriver: true},
	{prefix: "xorm.io/", server: "sql", def: unlimited, note: "xorm wraps database/sql: unlimited by default", sqlDriver: true},
	{prefix: "github.com/jinzhu/gorm", server: "sql", def: unlimited, note: "jinzhu/gorm wraps database/sql: unlimited by default", sqlDriver: true},
	{prefix: "github.com/jackc/pgx/v5/stdlib", server: "postgres", def: unlimited, note: "a database/sql pool: unlimited by default"},
	{prefix: "github.com/jackc/pgx/v4/stdlib", server: "postgres", def: unlimited, note: "a database/sql pool: unlimited by default"},
	// pgxpool v5.12.0 pool.go: defaultMaxConns = 4, raised to runtime.NumCPU().
	{prefix: "github.com/jackc/pgx/v5/pgxpool", server: "postgres", def: func(cpus int) (int, bool) { return max(4, cpus), true },
		note: "pgxpool default MaxConns: max(4, NumCPU)", dsnKeys: []string{"pool_max_conns"}},
	{prefix: "github.com/jackc/pgx/v4/pgxpool", server: "postgres", def: func(cpus int) (int, bool) { return max(4, cpus), true },
		note: "pgxpool default MaxConns: max(4, NumCPU)", dsnKeys: []string{"pool_max_conns"}},
	{prefix: "github.com/jackc/", server: "postgres", def: fixed(1), note: "one dedicated connection"},
	{prefix: "github.com/lib/pq", server: "postgres", def: fixed(1), note: "one dedicated connection"},
	{prefix: "github.com/uptrace/bun/driver/pgdriver", server: "postgres", def: fixed(1), note: "one dedicated connection"},
	// go-pg v10.11.0 options.go: opt.PoolSize = 10 * runtime.NumCPU().
	{prefix: "github.com/go-pg/pg/", server: "postgres", def: perCPU(10), note: "go-pg default PoolSize: 10 × NumCPU"},
	{prefix: "gorm.io/driver/postgres", server: "postgres", def: unlimited, note: "gorm opens a database/sql pool: unlimited by default"},
	{prefix: "gorm.io/driver/mysql", server: "mysql", def: unlimited, note: "gorm opens a database/sql pool: unlimited by default"},
	{prefix: "gorm.io/driver/sqlite", server: "sqlite", def: unlimited, note: "gorm opens a database/sql pool: unlimited by default"},
	{prefix: "github.com/glebarez/sqlite", server: "sqlite", def: unlimited, note: "gorm opens a database/sql pool: unlimited by default"},
	{prefix: "gorm.io/driver/sqlserver", server: "sqlserver", def: unlimited, note: "gorm opens a database/sql pool: unlimited by default"},
	{prefix: "github.com/ClickHouse/clickhouse-go/", server: "clickhouse", def: unlimited, note: "no limit known to poolcheck"},
	// go-redis v9.23.0 options.go: opt.PoolSize = 10 * runtime.GOMAXPROCS(0);
	// osscluster.go: 5 * runtime.GOMAXPROCS(0) per node. v8.11.5 the same;
	// v7.4.1 and v6.15.9: 10 * runtime.NumCPU().
	{prefix: "github.com/redis/go-redis/v9", server: "redis", def: perCPU(10), note: "go-redis default PoolSize: 10 × GOMAXPROCS", dsnKeys: []string{"pool_size"}},
	{prefix: "github.com/go-redis/redis/v8", server: "redis", def: perCPU(10), note: "go-redis default PoolSize: 10 × GOMAXPROCS", dsnKeys: []string{"pool_size"}},
	{prefix: "github.com/go-redis/redis", server: "redis", def: perCPU(10), note: "go-redis default PoolSize: 10 × GOMAXPROCS", dsnKeys: []string{"pool_size"}},
	// rueidis v1.0.79 rueidis.go: DefaultPoolSize = 1024 (BlockingPoolSize).
	{prefix: "github.com/redis/rueidis", server: "redis", def: fixed(1024), note: "rueidis default BlockingPoolSize 1024 (plus pipelined connections)"},
	{prefix: "github.com/valkey-io/valkey-go", server: "redis", def: fixed(1024), note: "valkey-go default BlockingPoolSize 1024 (plus pipelined connections)"},
	// redigo v1.9.3 pool.go: MaxActive "When zero, there is no limit".
	{prefix: "github.com/gomodule/redigo/redis", server: "redis", def: unlimited, note: "redigo Pool: MaxActive 0 means no limit"},
	{prefix: "github.com/garyburd/redigo/redis", server: "redis", def: unlimited, note: "redigo Pool: MaxActive 0 means no limit"},
	{prefix: "github.com/mediocregopher/radix/", server: "redis", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "github.com/bradfitz/gomemcache/", server: "memcached", def: unlimited, note: "gomemcache limits idle, not open, connections"},
	// mongo-driver v1.17.7 mongo/client.go: defaultMaxPoolSize = 100 (per server).
	{prefix: "go.mongodb.org/mongo-driver", server: "mongo", def: fixed(100), note: "mongo default MaxPoolSize: 100 per server", dsnKeys: []string{"maxPoolSize"}},
	{prefix: "github.com/globalsign/mgo", server: "mongo", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "gopkg.in/mgo.v2", server: "mongo", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "github.com/gocql/gocql", server: "cassandra", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "github.com/apache/cassandra-gocql-driver/", server: "cassandra", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "github.com/elastic/", server: "elasticsearch", def: unlimited, note: "an HTTP client: no limit known to poolcheck"},
	{prefix: "github.com/olivere/elastic/", server: "elasticsearch", def: unlimited, note: "an HTTP client: no limit known to poolcheck"},
	{prefix: "github.com/opensearch-project/", server: "opensearch", def: unlimited, note: "an HTTP client: no limit known to poolcheck"},
	{prefix: "go.etcd.io/etcd/", server: "etcd", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "go.etcd.io/bbolt", server: "embedded", def: fixed(1), note: "an embedded store: one file handle"},
	{prefix: "github.com/boltdb/bolt", server: "embedded", def: fixed(1), note: "an embedded store: one file handle"},
	{prefix: "github.com/dgraph-io/badger/", server: "embedded", def: fixed(1), note: "an embedded store: one file handle"},
	{prefix: "github.com/duckdb/", server: "embedded", def: fixed(1), note: "an embedded store"},
	{prefix: "github.com/marcboeker/go-duckdb", server: "embedded", def: fixed(1), note: "an embedded store"},
	{prefix: "github.com/neo4j/", server: "neo4j", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "github.com/couchbase/", server: "couchbase", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "github.com/aerospike/", server: "aerospike", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "github.com/influxdata/", server: "influxdb", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "github.com/ydb-platform/", server: "ydb", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "cloud.google.com/go/spanner", server: "spanner", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "cloud.google.com/go/firestore", server: "firestore", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "cloud.google.com/go/datastore", server: "datastore", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "cloud.google.com/go/bigtable", server: "bigtable", def: unlimited, note: "no limit known to poolcheck"},
	{prefix: "github.com/aws/", server: "dynamodb", def: unlimited, note: "an HTTP client: no limit known to poolcheck"},
	{prefix: "github.com/apple/foundationdb/", server: "foundationdb", def: unlimited, note: "no limit known to poolcheck"},
}

// libraryOf returns the entry for a constructor's package.
func libraryOf(pkgPath string) library {
	for _, l := range libraries {
		if pkgPath == l.prefix || strings.HasSuffix(l.prefix, "/") && strings.HasPrefix(pkgPath, l.prefix) ||
			strings.HasPrefix(pkgPath, l.prefix+"/") {
			return l
		}
	}
	return library{prefix: pkgPath, server: lastElem(pkgPath), def: unlimited, note: "no limit known to poolcheck"}
}

func lastElem(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// sqlDrivers maps database/sql driver names, as drivers register them,
// to the server they talk to.
var sqlDrivers = map[string]string{
	"postgres": "postgres", "postgresql": "postgres", "pgx": "postgres", "pgx/v5": "postgres", "pgx/v4": "postgres",
	"cloudsqlpostgres": "postgres", "nrpostgres": "postgres", "pq": "postgres",
	"mysql": "mysql", "nrmysql": "mysql", "tidb": "mysql", "mariadb": "mysql",
	"sqlite3": "sqlite", "sqlite": "sqlite",
	"sqlserver": "sqlserver", "mssql": "sqlserver", "azuresql": "sqlserver",
	"clickhouse": "clickhouse", "chhttp": "clickhouse",
	"oracle": "oracle", "godror": "oracle", "oci8": "oracle",
	"snowflake": "snowflake", "spanner": "spanner", "ydb": "ydb",
	"redshift": "postgres", "postgresschema": "postgres", "cockroach": "postgres", "cockroachdb": "postgres",
}

// driverServer names the server of a database/sql driver name.
func driverServer(name string) string {
	if s, ok := sqlDrivers[strings.ToLower(name)]; ok {
		return s
	}
	return name
}

// connectorServers names the server of a driver.Connector by the package
// of the function that made it (sql.OpenDB(connector)).
var connectorServers = []struct{ prefix, server string }{
	{"github.com/jackc/", "postgres"},
	{"github.com/lib/pq", "postgres"},
	{"github.com/uptrace/bun/driver/pgdriver", "postgres"},
	{"github.com/go-sql-driver/mysql", "mysql"},
	{"github.com/ClickHouse/", "clickhouse"},
	{"github.com/microsoft/go-mssqldb", "sqlserver"},
	{"github.com/denisenkom/go-mssqldb", "sqlserver"},
	{"github.com/mattn/go-sqlite3", "sqlite"},
	{"modernc.org/sqlite", "sqlite"},
	{"github.com/ydb-platform/", "ydb"},
	{"github.com/duckdb/", "embedded"},
	{"github.com/marcboeker/go-duckdb", "embedded"},
}

func connectorServer(pkgPath string) (string, bool) {
	for _, c := range connectorServers {
		if strings.HasPrefix(pkgPath, c.prefix) {
			return c.server, true
		}
	}
	return "", false
}

// dsnLimit finds key=N in a constant DSN, in URL (?key=N&...) or
// key=value (key=N ...) form. Keys are matched without regard to case
// (mongo's maxPoolSize is case-insensitive).
func dsnLimit(dsn string, keys []string) (n int, key string, ok bool) {
	fields := strings.FieldsFunc(dsn, func(r rune) bool { return r == '?' || r == '&' || r == ' ' || r == ';' })
	for _, f := range fields {
		k, v, found := strings.Cut(f, "=")
		if !found {
			continue
		}
		for _, want := range keys {
			if strings.EqualFold(k, want) {
				if _, err := fmt.Sscanf(v, "%d", &n); err == nil && n > 0 {
					return n, want, true
				}
			}
		}
	}
	return 0, "", false
}
