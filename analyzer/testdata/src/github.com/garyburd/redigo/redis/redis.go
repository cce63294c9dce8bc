// Package redis is a minimal stub of github.com/garyburd/redigo@v0.0.0-20150301180006-535138d7bcd7 for poolcheck's tests.
package redis

import (
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

func Dial(network, address string) (Conn, error) { return nil, nil }

func DialTimeout(network, address string, connectTimeout, readTimeout, writeTimeout time.Duration) (Conn, error) {
	return nil, nil
}

func NewConn(netConn net.Conn, readTimeout, writeTimeout time.Duration) Conn { return nil }

type Pool struct {
	Dial func() (Conn, error)

	TestOnBorrow func(c Conn, t time.Time) error

	MaxIdle int

	MaxActive int

	IdleTimeout time.Duration

	Wait bool
}

func NewPool(newFn func() (Conn, error), maxIdle int) *Pool {
	return &Pool{Dial: newFn, MaxIdle: maxIdle}
}

func (p *Pool) Get() Conn { return nil }

func (p *Pool) ActiveCount() int { return 0 }

func (p *Pool) Close() error { return nil }
