// Package redis is a minimal stub of github.com/redis/go-redis/v9@v9.23.0 for poolcheck's tests.
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

func (cmd *StatusCmd) Name() string                   { return "" }
func (cmd *StatusCmd) Err() error                     { return cmd.err }
func (cmd *StatusCmd) Result() (string, error)        { return cmd.val, cmd.err }
func (cmd *StringCmd) Name() string                   { return "" }
func (cmd *StringCmd) Err() error                     { return cmd.err }
func (cmd *StringCmd) Result() (string, error)        { return cmd.val, cmd.err }
func (c cmdable) Ping(ctx context.Context) *StatusCmd { return &StatusCmd{} }

type StringCmd struct {
	err error
	val string
}

type PoolStats struct {
	Hits       uint32
	Misses     uint32
	Timeouts   uint32
	TotalConns uint32
	IdleConns  uint32
	StaleConns uint32
}

type Cmdable interface {
	Ping(ctx context.Context) *StatusCmd
}

type cmdable func(ctx context.Context, cmd Cmder) error

type statefulCmdable func(ctx context.Context, cmd Cmder) error

type Options struct {
	Network         string
	Addr            string
	ClientName      string
	Dialer          func(ctx context.Context, network, addr string) (net.Conn, error)
	Protocol        int
	Username        string
	Password        string
	DB              int
	MaxRetries      int
	DialTimeout     time.Duration
	ReadTimeout     time.Duration
	WriteTimeout    time.Duration
	PoolSize        int
	PoolTimeout     time.Duration
	MinIdleConns    int
	MaxIdleConns    int
	MaxActiveConns  int
	ConnMaxIdleTime time.Duration
	ConnMaxLifetime time.Duration
	TLSConfig       *tls.Config
}

type ClusterOptions struct {
	Addrs          []string
	ClientName     string
	NewClient      func(opt *Options) *Client
	ReadOnly       bool
	RouteByLatency bool
	RouteRandomly  bool
	Dialer         func(ctx context.Context, network, addr string) (net.Conn, error)
	Username       string
	Password       string
	DialTimeout    time.Duration
	PoolSize       int
	MinIdleConns   int
	MaxActiveConns int
	TLSConfig      *tls.Config
}

type FailoverOptions struct {
	MasterName       string
	SentinelAddrs    []string
	ClientName       string
	SentinelPassword string
	RouteByLatency   bool
	RouteRandomly    bool
	Dialer           func(ctx context.Context, network, addr string) (net.Conn, error)
	Username         string
	Password         string
	DB               int
	DialTimeout      time.Duration
	PoolSize         int
	MinIdleConns     int
	MaxActiveConns   int
	TLSConfig        *tls.Config
}

type RingOptions struct {
	Addrs          map[string]string
	NewClient      func(opt *Options) *Client
	ClientName     string
	Dialer         func(ctx context.Context, network, addr string) (net.Conn, error)
	Username       string
	Password       string
	DB             int
	DialTimeout    time.Duration
	PoolSize       int
	MinIdleConns   int
	MaxActiveConns int
	TLSConfig      *tls.Config
}

type UniversalOptions struct {
	Addrs            []string
	ClientName       string
	DB               int
	Dialer           func(ctx context.Context, network, addr string) (net.Conn, error)
	Username         string
	Password         string
	SentinelPassword string
	DialTimeout      time.Duration
	PoolSize         int
	MinIdleConns     int
	MaxActiveConns   int
	TLSConfig        *tls.Config
	ReadOnly         bool
	RouteByLatency   bool
	RouteRandomly    bool
	MasterName       string
	IsClusterMode    bool
}

func ParseURL(redisURL string) (*Options, error) { return nil, nil }

func ParseClusterURL(redisURL string) (*ClusterOptions, error) { return nil, nil }

func ParseFailoverURL(redisURL string) (*FailoverOptions, error) { return nil, nil }

type baseClient struct {
	opt *Options
}

func (c *baseClient) Close() error { return nil }

type Client struct {
	*baseClient
	cmdable
}

func NewClient(opt *Options) *Client { return nil }

func (c *Client) WithTimeout(timeout time.Duration) *Client { return c }

func (c *Client) Close() error { return nil }

func (c *Client) Conn() *Conn { return nil }

func (c *Client) Options() *Options { return c.opt }

func (c *Client) PoolStats() *PoolStats { return nil }

type Conn struct {
	baseClient
	cmdable
	statefulCmdable
}

type ClusterClient struct {
	opt *ClusterOptions
	cmdable
}

func NewClusterClient(opt *ClusterOptions) *ClusterClient { return nil }

func (c *ClusterClient) Options() *ClusterOptions { return c.opt }

func (c *ClusterClient) Close() error { return nil }

func (c *ClusterClient) PoolStats() *PoolStats { return nil }

type Ring struct {
	cmdable

	opt *RingOptions
}

func NewRing(opt *RingOptions) *Ring { return nil }

func (c *Ring) Options() *RingOptions { return c.opt }

func (c *Ring) PoolStats() *PoolStats { return nil }

func (c *Ring) Close() error { return nil }

func NewFailoverClient(failoverOpt *FailoverOptions) *Client { return nil }

func NewFailoverClusterClient(failoverOpt *FailoverOptions) *ClusterClient { return nil }

type SentinelClient struct {
	*baseClient
}

func NewSentinelClient(opt *Options) *SentinelClient { return nil }

func (c *SentinelClient) Ping(ctx context.Context) *StringCmd { return &StringCmd{} }

type UniversalClient interface {
	Cmdable
	Close() error
	PoolStats() *PoolStats
}

func NewUniversalClient(opts *UniversalOptions) UniversalClient { return nil }
