// Package redis is a minimal stub of github.com/gomodule/redigo@v1.9.3 for poolcheck's tests.
package redis

import (
	"context"
	"crypto/tls"
	"net"
	"time"
)

type Conn interface {
	Close() error

	Err() error

	Do(commandName string, args ...interface{}) (reply interface{}, err error)

	Send(commandName string, args ...interface{}) error

	Flush() error

	Receive() (reply interface{}, err error)
}

type dialOptions struct{}

type DialOption struct {
	f func(*dialOptions)
}

func DialReadTimeout(d time.Duration) DialOption { return DialOption{} }

func DialWriteTimeout(d time.Duration) DialOption { return DialOption{} }

func DialConnectTimeout(d time.Duration) DialOption { return DialOption{} }

func DialNetDial(dial func(network, addr string) (net.Conn, error)) DialOption { return DialOption{} }

func DialContextFunc(f func(ctx context.Context, network, addr string) (net.Conn, error)) DialOption {
	return DialOption{}
}

func DialDatabase(db int) DialOption { return DialOption{} }

func DialPassword(password string) DialOption { return DialOption{} }

func DialUsername(username string) DialOption { return DialOption{} }

func DialTLSConfig(c *tls.Config) DialOption { return DialOption{} }

func DialUseTLS(useTLS bool) DialOption { return DialOption{} }

func DialTimeout(network, address string, connectTimeout, readTimeout, writeTimeout time.Duration) (Conn, error) {
	return nil, nil
}

func Dial(network, address string, options ...DialOption) (Conn, error) { return nil, nil }

func DialContext(ctx context.Context, network, address string, options ...DialOption) (Conn, error) {
	return nil, nil
}

func DialURL(rawurl string, options ...DialOption) (Conn, error) { return nil, nil }

func DialURLContext(ctx context.Context, rawurl string, options ...DialOption) (Conn, error) {
	return nil, nil
}

func NewConn(netConn net.Conn, readTimeout, writeTimeout time.Duration) Conn { return nil }

type Pool struct {
	Dial func() (Conn, error)

	DialContext func(ctx context.Context) (Conn, error)

	TestOnBorrow func(c Conn, lastUsed time.Time) error

	MaxIdle int

	MaxActive int

	IdleTimeout time.Duration

	Wait bool

	MaxConnLifetime time.Duration
}

func NewPool(newFn func() (Conn, error), maxIdle int) *Pool {
	return &Pool{Dial: newFn, MaxIdle: maxIdle}
}

func (p *Pool) Get() Conn { return nil }

func (p *Pool) GetContext(ctx context.Context) (Conn, error) { return nil, nil }

func (p *Pool) ActiveCount() int { return 0 }

func (p *Pool) IdleCount() int { return 0 }

func (p *Pool) Close() error { return nil }
