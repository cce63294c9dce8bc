// Package rueidis is a minimal stub of github.com/redis/rueidis@v1.0.79 for poolcheck's tests.
package rueidis

import (
	"context"
	"crypto/tls"
	"net"
	"time"

	"github.com/redis/rueidis/internal/cmds"
)

type Builder = cmds.Builder

type Completed = cmds.Completed

type Cacheable = cmds.Cacheable

type RedisMessage struct {
	attrs *RedisMessage
}

type RedisResult struct {
	err error
	val RedisMessage
}

func (r RedisResult) Error() (err error) { return r.err }

func (r RedisResult) ToString() (v string, err error) { return "", r.err }

type SentinelOption struct {
	Dialer     net.Dialer
	TLSConfig  *tls.Config
	MasterSet  string
	Username   string
	Password   string
	ClientName string
}

type ClientOption struct {
	TLSConfig        *tls.Config
	DialFn           func(string, *net.Dialer, *tls.Config) (conn net.Conn, err error)
	DialCtxFn        func(context.Context, string, *net.Dialer, *tls.Config) (conn net.Conn, err error)
	Sentinel         SentinelOption
	Dialer           net.Dialer
	Username         string
	Password         string
	ClientName       string
	InitAddress      []string
	SelectDB         int
	BlockingPoolSize int
	ConnWriteTimeout time.Duration
	DisableRetry     bool
	DisableCache     bool
	ShuffleInit      bool
}

type CommandClient interface {
	B() Builder
	Do(ctx context.Context, cmd Completed) (resp RedisResult)
	DoMulti(ctx context.Context, multi ...Completed) (resp []RedisResult)
}

type CoreClient interface {
	CommandClient

	Close()
}

type Client interface {
	CoreClient

	Nodes() map[string]Client
}

func NewClient(option ClientOption) (client Client, err error) { return nil, nil }

func ParseURL(str string) (opt ClientOption, err error) { return ClientOption{}, nil }

func MustParseURL(str string) ClientOption { return ClientOption{} }
