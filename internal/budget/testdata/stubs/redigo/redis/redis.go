// Package redis is a stub of github.com/gomodule/redigo/redis.
package redis

type Conn interface{ Close() error }

type Pool struct {
	Dial      func() (Conn, error)
	MaxIdle   int
	MaxActive int
}

func (p *Pool) Get() Conn {
	c, _ := p.Dial()
	return c
}

func Dial(network, address string) (Conn, error) { return nil, nil }
