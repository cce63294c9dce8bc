package knowledge

// Document, search, graph, wide-column and key-value stores.
var storeLibraries = []Library{
	// mongo v1: NewClient allocates the client whose Connect starts the
	// pools; reporting NewClient (not the method) gives one finding.
	{
		Name: "mongo-driver v1",
		Constructors: []Constructor{
			{"go.mongodb.org/mongo-driver/mongo.Connect", Pool, always},
			{"go.mongodb.org/mongo-driver/mongo.NewClient", Pool, always},
		},
		ClientTypes: []string{"go.mongodb.org/mongo-driver/mongo.Client"},
		// v1.17.10, mongo/options/clientoptions.go
		SizeMethods: []string{"(*go.mongodb.org/mongo-driver/mongo/options.ClientOptions).SetMaxPoolSize"},
	},
	{
		Name: "mongo-driver v2",
		Constructors: []Constructor{
			{"go.mongodb.org/mongo-driver/v2/mongo.Connect", Pool, always},
		},
		ClientTypes: []string{"go.mongodb.org/mongo-driver/v2/mongo.Client"},
		// v2.10.0, mongo/options/clientoptions.go
		SizeMethods: []string{"(*go.mongodb.org/mongo-driver/v2/mongo/options.ClientOptions).SetMaxPoolSize"},
	},
	{
		Name: "mgo",
		Constructors: []Constructor{
			{"github.com/globalsign/mgo.Dial", Pool, always},
			{"github.com/globalsign/mgo.DialWithInfo", Pool, always},
			{"github.com/globalsign/mgo.DialWithTimeout", Pool, always},
			{"gopkg.in/mgo.v2.Dial", Pool, always},
			{"gopkg.in/mgo.v2.DialWithInfo", Pool, always},
			{"gopkg.in/mgo.v2.DialWithTimeout", Pool, always},
		},
		ClientTypes: []string{"github.com/globalsign/mgo.Session", "gopkg.in/mgo.v2.Session"},
	},
	{
		Name: "gocql",
		Constructors: []Constructor{
			{"(*github.com/gocql/gocql.ClusterConfig).CreateSession", Pool, always},
			{"github.com/gocql/gocql.NewSession", Pool, always},
			{"(*github.com/apache/cassandra-gocql-driver/v2.ClusterConfig).CreateSession", Pool, always},
			{"github.com/apache/cassandra-gocql-driver/v2.NewSession", Pool, always},
		},
		ClientTypes: []string{
			"github.com/apache/cassandra-gocql-driver/v2.Session",
			"github.com/gocql/gocql.Session",
		},
	},
	{
		Name: "elasticsearch",
		Constructors: []Constructor{
			{"github.com/elastic/go-elasticsearch/v9.NewClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v9.NewDefaultClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v9.NewTypedClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v9.NewBaseClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v9.New", Pool, always},
			{"github.com/elastic/go-elasticsearch/v9.NewBase", Pool, always},
			{"github.com/elastic/go-elasticsearch/v9.NewTyped", Pool, always},
			{"github.com/elastic/go-elasticsearch/v8.NewClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v8.NewDefaultClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v8.NewTypedClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v8.NewBaseClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v8.New", Pool, always},
			{"github.com/elastic/go-elasticsearch/v8.NewBase", Pool, always},
			{"github.com/elastic/go-elasticsearch/v8.NewTyped", Pool, always},
			{"github.com/elastic/go-elasticsearch/v7.NewClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v7.NewDefaultClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v6.NewClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v6.NewDefaultClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v5.NewClient", Pool, always},
			{"github.com/elastic/go-elasticsearch/v5.NewDefaultClient", Pool, always},
			{"github.com/olivere/elastic/v7.NewClient", Pool, always},
			{"github.com/olivere/elastic/v7.NewSimpleClient", Pool, always},
			{"github.com/olivere/elastic/v7.NewClientFromConfig", Pool, always},
			{"github.com/olivere/elastic/v7.Dial", Pool, always},
			{"github.com/olivere/elastic/v7.DialContext", Pool, always},
			{"github.com/olivere/elastic/v7.DialWithConfig", Pool, always},
			{"github.com/elastic/elastic-transport-go/v8/elastictransport.New", Pool, always},
			{"github.com/elastic/elastic-transport-go/v8/elastictransport.NewClient", Pool, always},
		},
		ClientTypes: []string{
			"github.com/elastic/elastic-transport-go/v8/elastictransport.Client",
			"github.com/elastic/go-elasticsearch/v5.Client",
			"github.com/elastic/go-elasticsearch/v6.Client",
			"github.com/elastic/go-elasticsearch/v7.Client",
			"github.com/elastic/go-elasticsearch/v8.BaseClient",
			"github.com/elastic/go-elasticsearch/v8.Client",
			"github.com/elastic/go-elasticsearch/v8.TypedClient",
			"github.com/elastic/go-elasticsearch/v9.BaseClient",
			"github.com/elastic/go-elasticsearch/v9.Client",
			"github.com/elastic/go-elasticsearch/v9.TypedClient",
			"github.com/olivere/elastic/v7.Client",
		},
	},
	{
		Name: "opensearch",
		Constructors: []Constructor{
			{"github.com/opensearch-project/opensearch-go/v4.NewClient", Pool, always},
			{"github.com/opensearch-project/opensearch-go/v4.NewDefaultClient", Pool, always},
			{"github.com/opensearch-project/opensearch-go/v4/opensearchapi.NewClient", Pool, always},
			{"github.com/opensearch-project/opensearch-go/v4/opensearchapi.NewDefaultClient", Pool, always},
			{"github.com/opensearch-project/opensearch-go/v2.NewClient", Pool, always},
			{"github.com/opensearch-project/opensearch-go/v2.NewDefaultClient", Pool, always},
		},
		ClientTypes: []string{
			"github.com/opensearch-project/opensearch-go/v2.Client",
			"github.com/opensearch-project/opensearch-go/v4.Client",
			"github.com/opensearch-project/opensearch-go/v4/opensearchapi.Client",
		},
	},
	{
		Name: "etcd",
		Constructors: []Constructor{
			{"go.etcd.io/etcd/client/v3.New", Pool, always},
			{"go.etcd.io/etcd/client/v3.NewFromURL", Pool, always},
			{"go.etcd.io/etcd/client/v3.NewFromURLs", Pool, always},
		},
		ClientTypes: []string{"go.etcd.io/etcd/client/v3.Client"},
	},
	{
		Name: "neo4j",
		Constructors: []Constructor{
			{"github.com/neo4j/neo4j-go-driver/v5/neo4j.NewDriverWithContext", Pool, always},
			{"github.com/neo4j/neo4j-go-driver/v5/neo4j.NewDriver", Pool, always},
		},
		ClientTypes: []string{
			"github.com/neo4j/neo4j-go-driver/v5/neo4j.Driver",
			"github.com/neo4j/neo4j-go-driver/v5/neo4j.DriverWithContext",
		},
	},
	{
		Name: "couchbase",
		Constructors: []Constructor{
			{"github.com/couchbase/gocb/v2.Connect", Pool, always},
			// go-couchbase: Connect and GetPool only read the cluster map; the
			// bucket's connection pools are made when the bucket is fetched.
			{"github.com/couchbase/go-couchbase.GetBucket", Pool, always},
			{"github.com/couchbase/go-couchbase.ConnectWithAuthAndGetBucket", Pool, always},
			{"(*github.com/couchbase/go-couchbase.Pool).GetBucket", Pool, always},
			{"(*github.com/couchbase/go-couchbase.Pool).GetBucketWithAuth", Pool, always},
		},
		ClientTypes: []string{
			"github.com/couchbase/go-couchbase.Bucket",
			"github.com/couchbase/gocb/v2.Cluster",
		},
	},
	{
		Name: "qmgo",
		Constructors: []Constructor{
			{"github.com/qiniu/qmgo.Open", Pool, always},
			{"github.com/qiniu/qmgo.NewClient", Pool, always},
		},
		ClientTypes: []string{"github.com/qiniu/qmgo.Client", "github.com/qiniu/qmgo.QmgoClient"},
	},
	{
		Name: "aerospike",
		Constructors: []Constructor{
			{"github.com/aerospike/aerospike-client-go/v8.NewClient", Pool, always},
			{"github.com/aerospike/aerospike-client-go/v8.NewClientWithPolicy", Pool, always},
			{"github.com/aerospike/aerospike-client-go/v8.NewClientWithPolicyAndHost", Pool, always},
		},
		ClientTypes: []string{"github.com/aerospike/aerospike-client-go/v8.Client"},
	},
	{
		Name: "influxdb",
		Constructors: []Constructor{
			{"github.com/influxdata/influxdb-client-go/v2.NewClient", Pool, always},
			{"github.com/influxdata/influxdb-client-go/v2.NewClientWithOptions", Pool, always},
		},
		ClientTypes: []string{"github.com/influxdata/influxdb-client-go/v2.Client"},
	},
	{
		Name: "ydb",
		Constructors: []Constructor{
			{"github.com/ydb-platform/ydb-go-sdk/v3.Open", Pool, always},
			{"github.com/ydb-platform/ydb-go-sdk/v3.New", Pool, always},
			{"github.com/ydb-platform/ydb-go-sdk/v3.MustOpen", Pool, always},
		},
		ClientTypes:    []string{"github.com/ydb-platform/ydb-go-sdk/v3.Driver"},
		PoolConnectors: []string{"github.com/ydb-platform/ydb-go-sdk/v3.Connector"},
	},
}
