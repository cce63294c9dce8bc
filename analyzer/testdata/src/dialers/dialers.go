// Package dialers covers the dial function of a redigo pool literal written
// apart from the literal: through a local variable or a named function, it
// is part of the pool like an inline literal, not a second construction.
package dialers

import (
	"context"

	"github.com/gomodule/redigo/redis"
)

func local(addr string) *redis.Pool {
	dial := func() (redis.Conn, error) {
		return redis.Dial("tcp", addr)
	}
	return &redis.Pool{MaxIdle: 3, Dial: dial} // want `^redis\.Pool\{\} creates a new connection pool`
}

func localCtx(addr string) *redis.Pool {
	var dial = func(ctx context.Context) (redis.Conn, error) {
		return redis.DialContext(ctx, "tcp", addr)
	}
	return &redis.Pool{DialContext: dial} // want `^redis\.Pool\{\} creates a new connection pool`
}

func dialRedis() (redis.Conn, error) {
	return redis.Dial("tcp", "localhost:6379")
}

var Named = &redis.Pool{Dial: dialRedis} // want `^redis\.Pool\{\} creates a new connection pool`

func viaNewPool() *redis.Pool {
	return redis.NewPool(dialRedis2, 3) // want `^redis\.NewPool creates a new connection pool`
}

func dialRedis2() (redis.Conn, error) {
	return redis.Dial("tcp", "localhost:6379")
}

// Negatives of the negative: a dial function that no pool uses is a
// dedicated connection, and so is a local one that is only called.
func dialAlone() (redis.Conn, error) {
	return redis.Dial("tcp", "localhost:6379") // want `^redis\.Dial opens a dedicated connection`
}

func localCalled() {
	dial := func() (redis.Conn, error) {
		return redis.Dial("tcp", "x") // want `^redis\.Dial opens a dedicated connection`
	}
	c, _ := dial()
	_ = c
}
