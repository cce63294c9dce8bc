package knowledge

// Redis and memcache clients.
var redisLibraries = []Library{
	{
		Name: "go-redis v9",
		Constructors: []Constructor{
			{"github.com/redis/go-redis/v9.NewClient", Pool, always},
			{"github.com/redis/go-redis/v9.NewClusterClient", Pool, always},
			{"github.com/redis/go-redis/v9.NewFailoverClient", Pool, always},
			{"github.com/redis/go-redis/v9.NewFailoverClusterClient", Pool, always},
			{"github.com/redis/go-redis/v9.NewRing", Pool, always},
			{"github.com/redis/go-redis/v9.NewUniversalClient", Pool, always},
			{"github.com/redis/go-redis/v9.NewSentinelClient", Pool, always},
		},
		ClientTypes: []string{
			"github.com/redis/go-redis/v9.Client",
			"github.com/redis/go-redis/v9.ClusterClient",
			"github.com/redis/go-redis/v9.Ring",
			"github.com/redis/go-redis/v9.SentinelClient",
			"github.com/redis/go-redis/v9.UniversalClient",
		},
		SizeFields: redisOptions("github.com/redis/go-redis/v9", "PoolSize", "MaxActiveConns"),
	},
	{
		Name: "go-redis v8",
		Constructors: []Constructor{
			{"github.com/go-redis/redis/v8.NewClient", Pool, always},
			{"github.com/go-redis/redis/v8.NewClusterClient", Pool, always},
			{"github.com/go-redis/redis/v8.NewFailoverClient", Pool, always},
			{"github.com/go-redis/redis/v8.NewFailoverClusterClient", Pool, always},
			{"github.com/go-redis/redis/v8.NewRing", Pool, always},
			{"github.com/go-redis/redis/v8.NewUniversalClient", Pool, always},
			{"github.com/go-redis/redis/v8.NewSentinelClient", Pool, always},
		},
		ClientTypes: []string{
			"github.com/go-redis/redis/v8.Client",
			"github.com/go-redis/redis/v8.ClusterClient",
			"github.com/go-redis/redis/v8.Ring",
			"github.com/go-redis/redis/v8.SentinelClient",
			"github.com/go-redis/redis/v8.UniversalClient",
		},
		SizeFields: redisOptions("github.com/go-redis/redis/v8", "PoolSize"),
	},
	{
		Name: "go-redis v7",
		Constructors: []Constructor{
			{"github.com/go-redis/redis/v7.NewClient", Pool, always},
			{"github.com/go-redis/redis/v7.NewClusterClient", Pool, always},
			{"github.com/go-redis/redis/v7.NewFailoverClient", Pool, always},
			{"github.com/go-redis/redis/v7.NewRing", Pool, always},
			{"github.com/go-redis/redis/v7.NewUniversalClient", Pool, always},
			{"github.com/go-redis/redis/v7.NewSentinelClient", Pool, always},
		},
		ClientTypes: []string{
			"github.com/go-redis/redis/v7.Client",
			"github.com/go-redis/redis/v7.ClusterClient",
			"github.com/go-redis/redis/v7.Ring",
			"github.com/go-redis/redis/v7.SentinelClient",
			"github.com/go-redis/redis/v7.UniversalClient",
		},
		SizeFields: redisOptions("github.com/go-redis/redis/v7", "PoolSize"),
	},
	{
		Name: "go-redis v6",
		Constructors: []Constructor{
			{"github.com/go-redis/redis.NewClient", Pool, always},
			{"github.com/go-redis/redis.NewClusterClient", Pool, always},
			{"github.com/go-redis/redis.NewFailoverClient", Pool, always},
			{"github.com/go-redis/redis.NewRing", Pool, always},
			{"github.com/go-redis/redis.NewUniversalClient", Pool, always},
			{"github.com/go-redis/redis.NewSentinelClient", Pool, always},
		},
		ClientTypes: []string{
			"github.com/go-redis/redis.Client",
			"github.com/go-redis/redis.ClusterClient",
			"github.com/go-redis/redis.Ring",
			"github.com/go-redis/redis.SentinelClient",
			"github.com/go-redis/redis.UniversalClient",
		},
		SizeFields: redisOptions("github.com/go-redis/redis", "PoolSize"),
	},
	{
		Name: "rueidis / valkey-go",
		Constructors: []Constructor{
			{"github.com/redis/rueidis.NewClient", Pool, always},
			{"github.com/redis/rueidis/rueidislock.NewLocker", Pool, unlessSet("ClientBuilder")},
			{"github.com/valkey-io/valkey-go.NewClient", Pool, always},
			{"github.com/valkey-io/valkey-go/valkeylock.NewLocker", Pool, unlessSet("ClientBuilder")},
		},
		ClientTypes: []string{"github.com/redis/rueidis.Client", "github.com/valkey-io/valkey-go.Client"},
	},
	// redigo pools are struct literals: &redis.Pool{Dial: ...}.
	{
		Name: "redigo",
		Constructors: []Constructor{
			{"github.com/gomodule/redigo/redis.Pool{}", Pool, always},
			{"github.com/gomodule/redigo/redis.NewPool", Pool, always},
			{"github.com/gomodule/redigo/redis.Dial", Conn, always},
			{"github.com/gomodule/redigo/redis.DialContext", Conn, always},
			{"github.com/gomodule/redigo/redis.DialURL", Conn, always},
			{"github.com/gomodule/redigo/redis.DialURLContext", Conn, always},
			{"github.com/gomodule/redigo/redis.DialTimeout", Conn, always},
			{"github.com/garyburd/redigo/redis.Pool{}", Pool, always},
			{"github.com/garyburd/redigo/redis.NewPool", Pool, always},
			{"github.com/garyburd/redigo/redis.Dial", Conn, always},
			{"github.com/garyburd/redigo/redis.DialURL", Conn, always},
			{"github.com/garyburd/redigo/redis.DialTimeout", Conn, always},
		},
		ClientTypes: []string{
			"github.com/garyburd/redigo/redis.Conn",
			"github.com/garyburd/redigo/redis.Pool",
			"github.com/gomodule/redigo/redis.Conn",
			"github.com/gomodule/redigo/redis.Pool",
		},
		SizeFields: []Field{
			{"github.com/gomodule/redigo/redis.Pool", "MaxActive"}, // v1.9.3
			{"github.com/garyburd/redigo/redis.Pool", "MaxActive"}, // 2015 snapshot
		},
	},
	{
		Name: "radix",
		Constructors: []Constructor{
			{"github.com/mediocregopher/radix/v3.NewPool", Pool, always},
			{"github.com/mediocregopher/radix/v3.NewCluster", Pool, always},
			{"github.com/mediocregopher/radix/v3.NewSentinel", Pool, always},
			{"github.com/mediocregopher/radix/v3.Dial", Conn, always},
			{"(github.com/mediocregopher/radix/v4.PoolConfig).New", Pool, always},
			{"(github.com/mediocregopher/radix/v4.ClusterConfig).New", Pool, always},
			{"(github.com/mediocregopher/radix/v4.SentinelConfig).New", Pool, always},
		},
		ClientTypes: []string{
			"github.com/mediocregopher/radix/v3.Cluster",
			"github.com/mediocregopher/radix/v3.Conn",
			"github.com/mediocregopher/radix/v3.Pool",
			"github.com/mediocregopher/radix/v3.Sentinel",
			"github.com/mediocregopher/radix/v4.Client",
			"github.com/mediocregopher/radix/v4.Cluster",
			"github.com/mediocregopher/radix/v4.Conn",
			"github.com/mediocregopher/radix/v4.Sentinel",
		},
	},
	{
		Name: "memcache",
		Constructors: []Constructor{
			{"github.com/bradfitz/gomemcache/memcache.New", Pool, always},
			{"github.com/bradfitz/gomemcache/memcache.NewFromSelector", Pool, always},
		},
		ClientTypes: []string{"github.com/bradfitz/gomemcache/memcache.Client"},
	},
}

// redisOptions are the option structs of go-redis, each with the given
// fields: PoolSize (v6.15.9, v7.4.1, v8.11.5, v9.23.0) and, in v9,
// MaxActiveConns.
func redisOptions(pkg string, fields ...string) []Field {
	var out []Field
	for _, t := range []string{"Options", "ClusterOptions", "FailoverOptions", "RingOptions", "UniversalOptions"} {
		for _, f := range fields {
			out = append(out, Field{pkg + "." + t, f})
		}
	}
	return out
}
