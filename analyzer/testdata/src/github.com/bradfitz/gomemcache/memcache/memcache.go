// Package memcache is a minimal stub of github.com/bradfitz/gomemcache@v0.0.0-20260422231931-4d751bb6e37c for poolcheck's tests.
package memcache

import (
	"context"
	"net"
	"time"
)

type ServerSelector interface {
	PickServer(key string) (net.Addr, error)
	Each(func(net.Addr) error) error
}

type ServerList struct {
	addrs []net.Addr
}

func (ss *ServerList) SetServers(servers ...string) error { return nil }

func (ss *ServerList) Each(f func(net.Addr) error) error { return nil }

func (ss *ServerList) PickServer(key string) (net.Addr, error) { return nil, nil }

type Item struct {
	Key        string
	Value      []byte
	Flags      uint32
	Expiration int32
	CasID      uint64
}

type Client struct {
	DialContext func(ctx context.Context, network, address string) (net.Conn, error)

	Timeout time.Duration

	MaxIdleConns int

	selector ServerSelector
}

func New(server ...string) *Client { return nil }

func NewFromSelector(ss ServerSelector) *Client { return &Client{selector: ss} }

func (c *Client) Get(key string) (item *Item, err error) { return nil, nil }

func (c *Client) Set(item *Item) error { return nil }

func (c *Client) Ping() error { return nil }

func (c *Client) Close() error { return nil }
