// Package redis is a minimal stub of github.com/go-redis/redis@v6.15.9+incompatible for poolcheck's tests.
package redis

import (
	"context"
	"crypto/tls"
	"net"
	"time"
)

type Cmder interface {
	Name() string
	Err() error
}

type StatusCmd struct {
	err error
	val string
}

func (cmd *StatusCmd) Name() string            { return "" }
func (cmd *StatusCmd) Err() error              { return cmd.err }
func (cmd *StatusCmd) Result() (string, error) { return cmd.val, cmd.err }

type PoolStats struct {
	Hits       uint32
	Misses     uint32
	Timeouts   uint32
	TotalConns uint32
	IdleConns  uint32
	StaleConns uint32
}

type Cmdable interface {
	Ping() *StatusCmd
}

type cmdable struct {
	process func(cmd Cmder) error
}

func (c *cmdable) Ping() *StatusCmd { return &StatusCmd{} }

type statefulCmdable struct {
	cmdable
	process func(cmd Cmder) error
}

type Options struct {
	Network      string
	Addr         string
	Dialer       func() (net.Conn, error)
	Password     string
	DB           int
	DialTimeout  time.Duration
	PoolSize     int
	MinIdleConns int
	TLSConfig    *tls.Config
}

type ClusterOptions struct {
	Addrs          []string
	ReadOnly       bool
	RouteByLatency bool
	RouteRandomly  bool
	Password       string
	DialTimeout    time.Duration
	PoolSize       int
	MinIdleConns   int
	TLSConfig      *tls.Config
}

type FailoverOptions struct {
	MasterName    string
	SentinelAddrs []string
	Password      string
	DB            int
	DialTimeout   time.Duration
	PoolSize      int
	MinIdleConns  int
	TLSConfig     *tls.Config
}

type RingOptions struct {
	Addrs        map[string]string
	DB           int
	Password     string
	DialTimeout  time.Duration
	PoolSize     int
	MinIdleConns int
}

type UniversalOptions struct {
	Addrs          []string
	DB             int
	Password       string
	DialTimeout    time.Duration
	PoolSize       int
	MinIdleConns   int
	TLSConfig      *tls.Config
	ReadOnly       bool
	RouteByLatency bool
	RouteRandomly  bool
	MasterName     string
}

func ParseURL(redisURL string) (*Options, error) { return nil, nil }

type baseClient struct {
	opt *Options
}

func (c *baseClient) Close() error { return nil }

type Client struct {
	baseClient
	cmdable

	ctx context.Context
}

func NewClient(opt *Options) *Client { return nil }

func (c *Client) Context() context.Context { return c.ctx }

func (c *Client) WithContext(ctx context.Context) *Client { return c }

func (c *Client) Options() *Options { return c.opt }

func (c *Client) PoolStats() *PoolStats { return nil }

type Conn struct {
	baseClient
	statefulCmdable
}

type ClusterClient struct {
	cmdable

	ctx context.Context

	opt *ClusterOptions
}

func NewClusterClient(opt *ClusterOptions) *ClusterClient { return nil }

func (c *ClusterClient) Context() context.Context { return c.ctx }

func (c *ClusterClient) WithContext(ctx context.Context) *ClusterClient { return c }

func (c *ClusterClient) Options() *ClusterOptions { return c.opt }

func (c *ClusterClient) Close() error { return nil }

func (c *ClusterClient) PoolStats() *PoolStats { return nil }

type Ring struct {
	cmdable

	ctx context.Context

	opt *RingOptions
}

func NewRing(opt *RingOptions) *Ring { return nil }

func (c *Ring) Context() context.Context { return c.ctx }

func (c *Ring) WithContext(ctx context.Context) *Ring { return c }

func (c *Ring) Options() *RingOptions { return c.opt }

func (c *Ring) PoolStats() *PoolStats { return nil }

func (c *Ring) Close() error { return nil }

func NewFailoverClient(failoverOpt *FailoverOptions) *Client { return nil }

type SentinelClient struct {
	baseClient
}

func NewSentinelClient(opt *Options) *SentinelClient { return nil }

type UniversalClient interface {
	Cmdable
	Close() error
}

func NewUniversalClient(opts *UniversalOptions) UniversalClient { return nil }
