package analyzer

import (
	"fmt"
	"io"
	"strings"
)

// kind says what a catalogued constructor builds; it selects the wording of
// the diagnostic.
type kind uint8

const (
	kindPool      kind = iota // a new client with its own connection pool
	kindConn                  // one dedicated server connection, outside any pool
	kindEmbedded              // a handle on an embedded store (file lock)
	kindDialector             // a gorm dialector that makes gorm.Open open a pool
)

func (k kind) String() string {
	switch k {
	case kindConn:
		return "dedicated connection"
	case kindEmbedded:
		return "embedded database handle"
	case kindDialector:
		return "gorm dialector (pool)"
	}
	return "connection pool"
}

// cond is a rule on the arguments of a call that decides whether it
// constructs anything. References that are not calls cannot be decided and
// are reported only for condNone and condNotPoolConnector.
type cond uint8

const (
	condNone             cond = iota
	condNotPoolConnector      // sql.OpenDB(stdlib.GetPoolConnector(p)) borrows p
	condNoConnField           // gorm driver New(Config{Conn: db}) reuses db
	condDSNArg0               // xorm.NewEngineGroup(dsn, ...) opens; (engine, ...) wraps
	condDSNArg1               // jinzhu gorm.Open(d, dsn) opens; gorm.Open(d, db) wraps
	condNoClientBuilder       // rueidislock.NewLocker builds a client unless ClientBuilder is set
)

// entry is one catalogued constructor.
type entry struct {
	lib  string // library heading for -catalog
	name string // types.Func.FullName, or "path.Type{}" for a composite literal
	kind kind
	cond cond
}

// T{} names a type whose composite literal (or new(T)) is a construction.
const literalSuffix = "{}"

// builtin is the catalog. Every name and receiver was checked against the
// module source (type-checked where feasible) at the versions listed in the
// README's catalog section. Connectors, configs and
// wrappers of an existing pool (sqlx.NewDb, bun.NewDB, stdlib.OpenDBFromPool,
// pgdriver.NewConnector, gocql.NewCluster ...) are deliberately absent: the
// pool is built where the connector reaches sql.OpenDB, which is listed.
var builtin = []entry{
	{"database/sql", "database/sql.Open", kindPool, condNone},
	{"database/sql", "database/sql.OpenDB", kindPool, condNotPoolConnector},

	{"pgx v5", "github.com/jackc/pgx/v5/pgxpool.New", kindPool, condNone},
	{"pgx v5", "github.com/jackc/pgx/v5/pgxpool.NewWithConfig", kindPool, condNone},
	{"pgx v5", "github.com/jackc/pgx/v5.Connect", kindConn, condNone},
	{"pgx v5", "github.com/jackc/pgx/v5.ConnectConfig", kindConn, condNone},
	{"pgx v5", "github.com/jackc/pgx/v5.ConnectWithOptions", kindConn, condNone},
	{"pgx v5", "github.com/jackc/pgx/v5/pgconn.Connect", kindConn, condNone},
	{"pgx v5", "github.com/jackc/pgx/v5/pgconn.ConnectConfig", kindConn, condNone},
	{"pgx v5", "github.com/jackc/pgx/v5/pgconn.ConnectWithOptions", kindConn, condNone},
	{"pgx v5", "github.com/jackc/pgx/v5/stdlib.OpenDB", kindPool, condNone},

	{"pgx v4", "github.com/jackc/pgx/v4/pgxpool.Connect", kindPool, condNone},
	{"pgx v4", "github.com/jackc/pgx/v4/pgxpool.ConnectConfig", kindPool, condNone},
	{"pgx v4", "github.com/jackc/pgx/v4.Connect", kindConn, condNone},
	{"pgx v4", "github.com/jackc/pgx/v4.ConnectConfig", kindConn, condNone},
	{"pgx v4", "github.com/jackc/pgx/v4/stdlib.OpenDB", kindPool, condNone},
	{"pgx v4", "github.com/jackc/pgconn.Connect", kindConn, condNone},
	{"pgx v4", "github.com/jackc/pgconn.ConnectConfig", kindConn, condNone},
	{"pgx v4", "github.com/jackc/pgconn.ConnectWithOptions", kindConn, condNone},

	{"lib/pq", "github.com/lib/pq.NewListener", kindConn, condNone},
	{"lib/pq", "github.com/lib/pq.NewDialListener", kindConn, condNone},
	{"lib/pq", "github.com/lib/pq.NewListenerConn", kindConn, condNone},
	{"lib/pq", "github.com/lib/pq.Open", kindConn, condNone},
	{"lib/pq", "github.com/lib/pq.DialOpen", kindConn, condNone},
	{"bun", "github.com/uptrace/bun/driver/pgdriver.NewListener", kindConn, condNone},

	{"sqlx", "github.com/jmoiron/sqlx.Open", kindPool, condNone},
	{"sqlx", "github.com/jmoiron/sqlx.MustOpen", kindPool, condNone},
	{"sqlx", "github.com/jmoiron/sqlx.Connect", kindPool, condNone},
	{"sqlx", "github.com/jmoiron/sqlx.ConnectContext", kindPool, condNone},
	{"sqlx", "github.com/jmoiron/sqlx.MustConnect", kindPool, condNone},

	// gorm.Open builds no pool itself: the dialector's Initialize does,
	// unless the dialector carries an existing connection (Conn). Report the
	// dialector where it is made, so one passed around is still caught.
	{"gorm", "gorm.io/driver/postgres.Open", kindDialector, condNone},
	{"gorm", "gorm.io/driver/postgres.New", kindDialector, condNoConnField},
	{"gorm", "gorm.io/driver/postgres.Dialector{}", kindDialector, condNoConnField},
	{"gorm", "gorm.io/driver/mysql.Open", kindDialector, condNone},
	{"gorm", "gorm.io/driver/mysql.New", kindDialector, condNoConnField},
	{"gorm", "gorm.io/driver/mysql.Dialector{}", kindDialector, condNoConnField},
	{"gorm", "gorm.io/driver/sqlite.Open", kindDialector, condNone},
	{"gorm", "gorm.io/driver/sqlite.New", kindDialector, condNoConnField},
	{"gorm", "gorm.io/driver/sqlite.Dialector{}", kindDialector, condNoConnField},
	{"gorm", "gorm.io/driver/sqlserver.Open", kindDialector, condNone},
	{"gorm", "gorm.io/driver/sqlserver.New", kindDialector, condNoConnField},
	{"gorm", "gorm.io/driver/sqlserver.Dialector{}", kindDialector, condNoConnField},
	{"gorm", "github.com/glebarez/sqlite.Open", kindDialector, condNone},
	{"gorm", "github.com/glebarez/sqlite.Dialector{}", kindDialector, condNoConnField},
	// Community Oracle dialectors (admin frameworks): the same Initialize.
	{"gorm", "github.com/godoes/gorm-oracle.Open", kindDialector, condNone},
	{"gorm", "github.com/godoes/gorm-oracle.New", kindDialector, condNoConnField},
	{"gorm", "github.com/godoes/gorm-oracle.Dialector{}", kindDialector, condNoConnField},
	{"gorm", "github.com/dzwvip/gorm-oracle.Open", kindDialector, condNone},
	{"gorm", "github.com/dzwvip/gorm-oracle.New", kindDialector, condNoConnField},
	{"gorm", "github.com/dzwvip/gorm-oracle.Dialector{}", kindDialector, condNoConnField},
	{"gorm (jinzhu, v1)", "github.com/jinzhu/gorm.Open", kindPool, condDSNArg1},

	{"ent", "entgo.io/ent/dialect/sql.Open", kindPool, condNone},

	{"xorm", "xorm.io/xorm.NewEngine", kindPool, condNone},
	{"xorm", "xorm.io/xorm.NewEngineWithParams", kindPool, condNone},
	{"xorm", "xorm.io/xorm.NewEngineGroup", kindPool, condDSNArg0},
	{"xorm", "(*xorm.io/xorm.Engine).NewDB", kindPool, condNone},
	{"xorm", "xorm.io/xorm/core.Open", kindPool, condNone},
	{"xorm (xorm-io fork)", "github.com/xorm-io/xorm.NewEngine", kindPool, condNone},
	{"xorm (xorm-io fork)", "github.com/xorm-io/xorm.NewEngineWithParams", kindPool, condNone},
	{"xorm (xorm-io fork)", "github.com/xorm-io/xorm.NewEngineGroup", kindPool, condDSNArg0},
	{"xorm (xorm-io fork)", "(*github.com/xorm-io/xorm.Engine).NewDB", kindPool, condNone},
	{"xorm (xorm-io fork)", "github.com/xorm-io/xorm/core.Open", kindPool, condNone},

	{"go-pg", "github.com/go-pg/pg/v10.Connect", kindPool, condNone},
	{"go-pg", "github.com/go-pg/pg/v9.Connect", kindPool, condNone},

	{"clickhouse-go v2", "github.com/ClickHouse/clickhouse-go/v2.Open", kindPool, condNone},
	{"clickhouse-go v2", "github.com/ClickHouse/clickhouse-go/v2.OpenDB", kindPool, condNone},

	{"go-redis v9", "github.com/redis/go-redis/v9.NewClient", kindPool, condNone},
	{"go-redis v9", "github.com/redis/go-redis/v9.NewClusterClient", kindPool, condNone},
	{"go-redis v9", "github.com/redis/go-redis/v9.NewFailoverClient", kindPool, condNone},
	{"go-redis v9", "github.com/redis/go-redis/v9.NewFailoverClusterClient", kindPool, condNone},
	{"go-redis v9", "github.com/redis/go-redis/v9.NewRing", kindPool, condNone},
	{"go-redis v9", "github.com/redis/go-redis/v9.NewUniversalClient", kindPool, condNone},
	{"go-redis v9", "github.com/redis/go-redis/v9.NewSentinelClient", kindPool, condNone},
	{"go-redis v8", "github.com/go-redis/redis/v8.NewClient", kindPool, condNone},
	{"go-redis v8", "github.com/go-redis/redis/v8.NewClusterClient", kindPool, condNone},
	{"go-redis v8", "github.com/go-redis/redis/v8.NewFailoverClient", kindPool, condNone},
	{"go-redis v8", "github.com/go-redis/redis/v8.NewFailoverClusterClient", kindPool, condNone},
	{"go-redis v8", "github.com/go-redis/redis/v8.NewRing", kindPool, condNone},
	{"go-redis v8", "github.com/go-redis/redis/v8.NewUniversalClient", kindPool, condNone},
	{"go-redis v8", "github.com/go-redis/redis/v8.NewSentinelClient", kindPool, condNone},
	{"go-redis v7", "github.com/go-redis/redis/v7.NewClient", kindPool, condNone},
	{"go-redis v7", "github.com/go-redis/redis/v7.NewClusterClient", kindPool, condNone},
	{"go-redis v7", "github.com/go-redis/redis/v7.NewFailoverClient", kindPool, condNone},
	{"go-redis v7", "github.com/go-redis/redis/v7.NewRing", kindPool, condNone},
	{"go-redis v7", "github.com/go-redis/redis/v7.NewUniversalClient", kindPool, condNone},
	{"go-redis v7", "github.com/go-redis/redis/v7.NewSentinelClient", kindPool, condNone},
	{"go-redis v6", "github.com/go-redis/redis.NewClient", kindPool, condNone},
	{"go-redis v6", "github.com/go-redis/redis.NewClusterClient", kindPool, condNone},
	{"go-redis v6", "github.com/go-redis/redis.NewFailoverClient", kindPool, condNone},
	{"go-redis v6", "github.com/go-redis/redis.NewRing", kindPool, condNone},
	{"go-redis v6", "github.com/go-redis/redis.NewUniversalClient", kindPool, condNone},
	{"go-redis v6", "github.com/go-redis/redis.NewSentinelClient", kindPool, condNone},

	{"rueidis / valkey-go", "github.com/redis/rueidis.NewClient", kindPool, condNone},
	{"rueidis / valkey-go", "github.com/redis/rueidis/rueidislock.NewLocker", kindPool, condNoClientBuilder},
	{"rueidis / valkey-go", "github.com/valkey-io/valkey-go.NewClient", kindPool, condNone},
	{"rueidis / valkey-go", "github.com/valkey-io/valkey-go/valkeylock.NewLocker", kindPool, condNoClientBuilder},

	// redigo pools are struct literals: &redis.Pool{Dial: ...}.
	{"redigo", "github.com/gomodule/redigo/redis.Pool{}", kindPool, condNone},
	{"redigo", "github.com/gomodule/redigo/redis.NewPool", kindPool, condNone},
	{"redigo", "github.com/gomodule/redigo/redis.Dial", kindConn, condNone},
	{"redigo", "github.com/gomodule/redigo/redis.DialContext", kindConn, condNone},
	{"redigo", "github.com/gomodule/redigo/redis.DialURL", kindConn, condNone},
	{"redigo", "github.com/gomodule/redigo/redis.DialURLContext", kindConn, condNone},
	{"redigo", "github.com/gomodule/redigo/redis.DialTimeout", kindConn, condNone},
	{"redigo", "github.com/garyburd/redigo/redis.Pool{}", kindPool, condNone},
	{"redigo", "github.com/garyburd/redigo/redis.NewPool", kindPool, condNone},
	{"redigo", "github.com/garyburd/redigo/redis.Dial", kindConn, condNone},
	{"redigo", "github.com/garyburd/redigo/redis.DialURL", kindConn, condNone},
	{"redigo", "github.com/garyburd/redigo/redis.DialTimeout", kindConn, condNone},

	{"radix", "github.com/mediocregopher/radix/v3.NewPool", kindPool, condNone},
	{"radix", "github.com/mediocregopher/radix/v3.NewCluster", kindPool, condNone},
	{"radix", "github.com/mediocregopher/radix/v3.NewSentinel", kindPool, condNone},
	{"radix", "github.com/mediocregopher/radix/v3.Dial", kindConn, condNone},
	{"radix", "(github.com/mediocregopher/radix/v4.PoolConfig).New", kindPool, condNone},
	{"radix", "(github.com/mediocregopher/radix/v4.ClusterConfig).New", kindPool, condNone},
	{"radix", "(github.com/mediocregopher/radix/v4.SentinelConfig).New", kindPool, condNone},

	{"memcache", "github.com/bradfitz/gomemcache/memcache.New", kindPool, condNone},
	{"memcache", "github.com/bradfitz/gomemcache/memcache.NewFromSelector", kindPool, condNone},

	// mongo v1: NewClient allocates the client whose Connect starts the
	// pools; reporting NewClient (not the method) gives one finding.
	{"mongo-driver v1", "go.mongodb.org/mongo-driver/mongo.Connect", kindPool, condNone},
	{"mongo-driver v1", "go.mongodb.org/mongo-driver/mongo.NewClient", kindPool, condNone},
	{"mongo-driver v2", "go.mongodb.org/mongo-driver/v2/mongo.Connect", kindPool, condNone},
	{"mgo", "github.com/globalsign/mgo.Dial", kindPool, condNone},
	{"mgo", "github.com/globalsign/mgo.DialWithInfo", kindPool, condNone},
	{"mgo", "github.com/globalsign/mgo.DialWithTimeout", kindPool, condNone},
	{"mgo", "gopkg.in/mgo.v2.Dial", kindPool, condNone},
	{"mgo", "gopkg.in/mgo.v2.DialWithInfo", kindPool, condNone},
	{"mgo", "gopkg.in/mgo.v2.DialWithTimeout", kindPool, condNone},

	{"gocql", "(*github.com/gocql/gocql.ClusterConfig).CreateSession", kindPool, condNone},
	{"gocql", "github.com/gocql/gocql.NewSession", kindPool, condNone},
	{"gocql", "(*github.com/apache/cassandra-gocql-driver/v2.ClusterConfig).CreateSession", kindPool, condNone},
	{"gocql", "github.com/apache/cassandra-gocql-driver/v2.NewSession", kindPool, condNone},

	{"elasticsearch", "github.com/elastic/go-elasticsearch/v9.NewClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v9.NewDefaultClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v9.NewTypedClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v9.NewBaseClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v9.New", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v9.NewBase", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v9.NewTyped", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v8.NewClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v8.NewDefaultClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v8.NewTypedClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v8.NewBaseClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v8.New", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v8.NewBase", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v8.NewTyped", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v7.NewClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v7.NewDefaultClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v6.NewClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v6.NewDefaultClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v5.NewClient", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/go-elasticsearch/v5.NewDefaultClient", kindPool, condNone},
	{"elasticsearch", "github.com/olivere/elastic/v7.NewClient", kindPool, condNone},
	{"elasticsearch", "github.com/olivere/elastic/v7.NewSimpleClient", kindPool, condNone},
	{"elasticsearch", "github.com/olivere/elastic/v7.NewClientFromConfig", kindPool, condNone},
	{"elasticsearch", "github.com/olivere/elastic/v7.Dial", kindPool, condNone},
	{"elasticsearch", "github.com/olivere/elastic/v7.DialContext", kindPool, condNone},
	{"elasticsearch", "github.com/olivere/elastic/v7.DialWithConfig", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/elastic-transport-go/v8/elastictransport.New", kindPool, condNone},
	{"elasticsearch", "github.com/elastic/elastic-transport-go/v8/elastictransport.NewClient", kindPool, condNone},
	{"opensearch", "github.com/opensearch-project/opensearch-go/v4.NewClient", kindPool, condNone},
	{"opensearch", "github.com/opensearch-project/opensearch-go/v4.NewDefaultClient", kindPool, condNone},
	{"opensearch", "github.com/opensearch-project/opensearch-go/v4/opensearchapi.NewClient", kindPool, condNone},
	{"opensearch", "github.com/opensearch-project/opensearch-go/v4/opensearchapi.NewDefaultClient", kindPool, condNone},
	{"opensearch", "github.com/opensearch-project/opensearch-go/v2.NewClient", kindPool, condNone},
	{"opensearch", "github.com/opensearch-project/opensearch-go/v2.NewDefaultClient", kindPool, condNone},

	{"etcd", "go.etcd.io/etcd/client/v3.New", kindPool, condNone},
	{"etcd", "go.etcd.io/etcd/client/v3.NewFromURL", kindPool, condNone},
	{"etcd", "go.etcd.io/etcd/client/v3.NewFromURLs", kindPool, condNone},

	{"neo4j", "github.com/neo4j/neo4j-go-driver/v5/neo4j.NewDriverWithContext", kindPool, condNone},
	{"neo4j", "github.com/neo4j/neo4j-go-driver/v5/neo4j.NewDriver", kindPool, condNone},
	{"couchbase", "github.com/couchbase/gocb/v2.Connect", kindPool, condNone},
	// go-couchbase: Connect and GetPool only read the cluster map; the
	// bucket's connection pools are made when the bucket is fetched.
	{"couchbase", "github.com/couchbase/go-couchbase.GetBucket", kindPool, condNone},
	{"couchbase", "github.com/couchbase/go-couchbase.ConnectWithAuthAndGetBucket", kindPool, condNone},
	{"couchbase", "(*github.com/couchbase/go-couchbase.Pool).GetBucket", kindPool, condNone},
	{"couchbase", "(*github.com/couchbase/go-couchbase.Pool).GetBucketWithAuth", kindPool, condNone},
	{"qmgo", "github.com/qiniu/qmgo.Open", kindPool, condNone},
	{"qmgo", "github.com/qiniu/qmgo.NewClient", kindPool, condNone},
	{"aerospike", "github.com/aerospike/aerospike-client-go/v8.NewClient", kindPool, condNone},
	{"aerospike", "github.com/aerospike/aerospike-client-go/v8.NewClientWithPolicy", kindPool, condNone},
	{"aerospike", "github.com/aerospike/aerospike-client-go/v8.NewClientWithPolicyAndHost", kindPool, condNone},
	{"influxdb", "github.com/influxdata/influxdb-client-go/v2.NewClient", kindPool, condNone},
	{"influxdb", "github.com/influxdata/influxdb-client-go/v2.NewClientWithOptions", kindPool, condNone},
	{"ydb", "github.com/ydb-platform/ydb-go-sdk/v3.Open", kindPool, condNone},
	{"ydb", "github.com/ydb-platform/ydb-go-sdk/v3.New", kindPool, condNone},
	{"ydb", "github.com/ydb-platform/ydb-go-sdk/v3.MustOpen", kindPool, condNone},

	{"google cloud", "cloud.google.com/go/spanner.NewClient", kindPool, condNone},
	{"google cloud", "cloud.google.com/go/spanner.NewClientWithConfig", kindPool, condNone},
	{"google cloud", "cloud.google.com/go/spanner.NewMultiEndpointClient", kindPool, condNone},
	{"google cloud", "cloud.google.com/go/spanner.NewMultiEndpointClientWithConfig", kindPool, condNone},
	{"google cloud", "cloud.google.com/go/firestore.NewClient", kindPool, condNone},
	{"google cloud", "cloud.google.com/go/firestore.NewClientWithDatabase", kindPool, condNone},
	{"google cloud", "cloud.google.com/go/firestore.NewRESTClient", kindPool, condNone},
	{"google cloud", "cloud.google.com/go/datastore.NewClient", kindPool, condNone},
	{"google cloud", "cloud.google.com/go/datastore.NewClientWithDatabase", kindPool, condNone},
	{"google cloud", "cloud.google.com/go/bigtable.NewClient", kindPool, condNone},
	{"google cloud", "cloud.google.com/go/bigtable.NewClientWithConfig", kindPool, condNone},
	{"aws dynamodb", "github.com/aws/aws-sdk-go-v2/service/dynamodb.NewFromConfig", kindPool, condNone},
	{"aws dynamodb", "github.com/aws/aws-sdk-go-v2/service/dynamodb.New", kindPool, condNone},
	{"aws dynamodb", "github.com/aws/aws-sdk-go/service/dynamodb.New", kindPool, condNone},

	{"embedded stores", "go.etcd.io/bbolt.Open", kindEmbedded, condNone},
	// ncruces/go-sqlite3 (wasm, no cgo): driver.Open builds a database/sql
	// pool; sqlite3.Open* open one connection on the database file.
	{"embedded stores", "github.com/ncruces/go-sqlite3/driver.Open", kindPool, condNone},
	{"embedded stores", "github.com/ncruces/go-sqlite3.Open", kindEmbedded, condNone},
	{"embedded stores", "github.com/ncruces/go-sqlite3.OpenContext", kindEmbedded, condNone},
	{"embedded stores", "github.com/ncruces/go-sqlite3.OpenFlags", kindEmbedded, condNone},
	{"embedded stores", "github.com/boltdb/bolt.Open", kindEmbedded, condNone},
	{"embedded stores", "github.com/dgraph-io/badger/v4.Open", kindEmbedded, condNone},
	{"embedded stores", "github.com/dgraph-io/badger/v4.OpenManaged", kindEmbedded, condNone},
	{"embedded stores", "github.com/dgraph-io/badger/v3.Open", kindEmbedded, condNone},
	{"embedded stores", "github.com/duckdb/duckdb-go/v2.NewConnector", kindEmbedded, condNone},
	{"embedded stores", "github.com/marcboeker/go-duckdb.NewConnector", kindEmbedded, condNone},
	{"foundationdb", "github.com/apple/foundationdb/bindings/go/src/fdb.OpenDefault", kindPool, condNone},
	{"foundationdb", "github.com/apple/foundationdb/bindings/go/src/fdb.OpenDatabase", kindPool, condNone},
	{"foundationdb", "github.com/apple/foundationdb/bindings/go/src/fdb.MustOpenDefault", kindPool, condNone},
	{"foundationdb", "github.com/apple/foundationdb/bindings/go/src/fdb.MustOpenDatabase", kindPool, condNone},
	{"foundationdb", "github.com/apple/foundationdb/bindings/go/src/fdb.Open", kindPool, condNone},
	{"foundationdb", "github.com/apple/foundationdb/bindings/go/src/fdb.MustOpen", kindPool, condNone},
	{"foundationdb", "github.com/apple/foundationdb/bindings/go/src/fdb.OpenWithConnectionString", kindPool, condNone},
}

// WriteCatalog prints the built-in catalog grouped by library.
func WriteCatalog(w io.Writer) error {
	var libs []string
	byLib := map[string][]entry{}
	for _, e := range builtin {
		if _, ok := byLib[e.lib]; !ok {
			libs = append(libs, e.lib)
		}
		byLib[e.lib] = append(byLib[e.lib], e)
	}
	for i, lib := range libs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s\n", lib)
		for _, e := range byLib[lib] {
			note := e.kind.String()
			switch e.cond {
			case condNotPoolConnector:
				note += "; not over stdlib.GetPoolConnector"
			case condNoConnField:
				note += "; not when Conn is set"
			case condDSNArg0, condDSNArg1:
				note += "; only with a DSN string argument"
			case condNoClientBuilder:
				note += "; not when ClientBuilder is set"
			}
			if _, err := fmt.Fprintf(w, "  %-70s %s\n", e.name, note); err != nil {
				return err
			}
		}
	}
	return nil
}

// symbol identifies a function, method or type independent of types.Object
// identity, which differs between packages loaded from source and from
// export data.
type symbol struct {
	pkg  string // package path
	recv string // receiver type name for methods, "" otherwise
	name string // function, method or type name
	lit  bool   // composite-literal type
}

// parseName parses a constructor name as types.Func.FullName prints it
// ("p/q.F", "(*p/q.T).M", "(p/q.T).M") or a literal type "p/q.T{}".
func parseName(s string) (symbol, error) {
	orig := s
	bad := func(why string) (symbol, error) {
		return symbol{}, fmt.Errorf("malformed constructor %q: %s (want pkg/path.Func, (*pkg/path.Type).Method, (pkg/path.Type).Method or pkg/path.Type{})", orig, why)
	}
	s = strings.TrimSpace(s)
	var k symbol
	if strings.HasPrefix(s, "(") {
		end := strings.Index(s, ")")
		if end < 0 {
			return bad("unbalanced parenthesis")
		}
		recv := strings.TrimPrefix(s[1:end], "*")
		rest := s[end+1:]
		if !strings.HasPrefix(rest, ".") {
			return bad("missing .Method after the receiver")
		}
		dot := strings.LastIndex(recv, ".")
		if dot <= 0 {
			return bad("receiver has no package path")
		}
		k.pkg, k.recv, k.name = recv[:dot], recv[dot+1:], rest[1:]
		if !isIdent(k.recv) {
			return bad("receiver type is not an identifier")
		}
	} else {
		if strings.HasSuffix(s, literalSuffix) {
			k.lit = true
			s = strings.TrimSuffix(s, literalSuffix)
		}
		// Package paths may contain dots after the last slash
		// (gopkg.in/mgo.v2.Dial): the name follows the last dot.
		dot := strings.LastIndex(s, ".")
		if dot <= 0 || dot < strings.LastIndex(s, "/") {
			return bad("no package path")
		}
		k.pkg, k.name = s[:dot], s[dot+1:]
	}
	if !isIdent(k.name) {
		return bad("name is not an identifier")
	}
	if k.pkg == "" || strings.ContainsAny(k.pkg, " \t()*{}") || strings.HasPrefix(k.pkg, "/") || strings.HasSuffix(k.pkg, "/") || strings.Contains(k.pkg, "//") {
		return bad("invalid package path")
	}
	return k, nil
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0x80 || i > 0 && '0' <= r && r <= '9' {
			continue
		}
		return false
	}
	return true
}

// catalog indexes entries by package path for the hot path.
type catalog map[string]map[symbol]*entry

func newCatalog(extra []string) (catalog, error) {
	c := catalog{}
	add := func(e *entry) error {
		k, err := parseName(e.name)
		if err != nil {
			return err
		}
		if c[k.pkg] == nil {
			c[k.pkg] = map[symbol]*entry{}
		}
		c[k.pkg][k] = e
		return nil
	}
	for i := range builtin {
		if err := add(&builtin[i]); err != nil {
			panic(err) // the built-in catalog is tested
		}
	}
	for _, name := range extra {
		if err := add(&entry{lib: "-constructors", name: strings.TrimSpace(name), kind: kindPool}); err != nil {
			return nil, err
		}
	}
	return c, nil
}
