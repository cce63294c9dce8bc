// Package redis is a stub of github.com/redis/go-redis/v9.
package redis

type Options struct {
	Addr           string
	PoolSize       int
	MaxActiveConns int
}

type Client struct{ opt *Options }

func NewClient(opt *Options) *Client { return &Client{opt: opt} }

func ParseURL(redisURL string) (*Options, error) { return &Options{}, nil }

func (c *Client) Close() error { return nil }
