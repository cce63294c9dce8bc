package redis9

import (
	"context"

	goredis "github.com/redis/go-redis/v9"
)

var Cache = goredis.NewClient(&goredis.Options{Addr: "localhost:6379"}) // want `^goredis\.NewClient creates a new connection pool outside the sanctioned package db: construct it there once and share it$`

func all(opt *goredis.Options) {
	_ = goredis.NewClusterClient(&goredis.ClusterOptions{})          // want `goredis\.NewClusterClient creates`
	_ = goredis.NewFailoverClient(&goredis.FailoverOptions{})        // want `goredis\.NewFailoverClient creates`
	_ = goredis.NewFailoverClusterClient(&goredis.FailoverOptions{}) // want `goredis\.NewFailoverClusterClient creates`
	_ = goredis.NewRing(&goredis.RingOptions{})                      // want `goredis\.NewRing creates`
	_ = goredis.NewUniversalClient(&goredis.UniversalOptions{})      // want `goredis\.NewUniversalClient creates`
	_ = goredis.NewSentinelClient(opt)                               // want `goredis\.NewSentinelClient creates`
}

// Options, parsing and checkouts construct nothing.
func negatives(ctx context.Context, c *goredis.Client) {
	opt, _ := goredis.ParseURL("redis://localhost")
	_ = opt
	_ = &goredis.Options{PoolSize: 10}
	_ = c.Conn()
	_ = c.Ping(ctx)
}
