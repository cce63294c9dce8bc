// Package redis is a minimal stub of github.com/redis/go-redis/v9 for poolcheck's docs examples.
package redis

type Options struct {
	Addr     string
	PoolSize int
}

type Client struct{}

func NewClient(opt *Options) *Client { return nil }
