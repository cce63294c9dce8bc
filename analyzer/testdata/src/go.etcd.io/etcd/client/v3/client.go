// Package clientv3 is a minimal stub of go.etcd.io/etcd/client/v3@v3.7.3 for poolcheck's tests.
package clientv3

import (
	"context"
	"crypto/tls"
	"time"
)

type Config struct {
	Endpoints            []string      `json:"endpoints"`
	AutoSyncInterval     time.Duration `json:"auto-sync-interval"`
	DialTimeout          time.Duration `json:"dial-timeout"`
	DialKeepAliveTime    time.Duration `json:"dial-keep-alive-time"`
	DialKeepAliveTimeout time.Duration `json:"dial-keep-alive-timeout"`
	TLS                  *tls.Config
	Username             string `json:"username"`
	Password             string `json:"password"`
	Context              context.Context
}

type (
	LeaseID int64

	PutResponse struct{}
	GetResponse struct{}
)

type Op struct {
	key []byte
}

type OpOption func(*Op)

type KV interface {
	Put(ctx context.Context, key, val string, opts ...OpOption) (*PutResponse, error)
	Get(ctx context.Context, key string, opts ...OpOption) (*GetResponse, error)
}

type Client struct {
	KV

	Username string
	Password string
	Token    string

	ctx context.Context
}

func New(cfg Config) (*Client, error) { return nil, nil }

type Option func(*Client)

func NewCtxClient(ctx context.Context, opts ...Option) *Client { return &Client{ctx: ctx} }

func NewFromURL(url string) (*Client, error) { return nil, nil }

func NewFromURLs(urls []string) (*Client, error) { return nil, nil }

func (c *Client) Close() error { return nil }

func (c *Client) Ctx() context.Context { return c.ctx }

func (c *Client) Endpoints() []string { return nil }

func NewKV(c *Client) KV { return c.KV }
