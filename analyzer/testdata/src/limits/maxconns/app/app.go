// Package app is not sanctioned: its construction is reported, and its
// limit too.
package app

import "github.com/redis/go-redis/v9"

var Cache = redis.NewClient(&redis.Options{PoolSize: 500}) // want `^redis\.NewClient creates a new connection pool` `^PoolSize: 500 exceeds -max-conns=100`
