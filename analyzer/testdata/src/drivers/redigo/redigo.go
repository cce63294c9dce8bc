package redigo

import (
	"time"

	"github.com/gomodule/redigo/redis"
)

// The literal is the pool; the Dial inside it is part of that pool.
var Pool = &redis.Pool{ // want `^redis\.Pool\{\} creates a new connection pool outside the sanctioned package db: construct it there once and share it$`
	MaxIdle:     3,
	IdleTimeout: 240 * time.Second,
	Dial: func() (redis.Conn, error) {
		return redis.Dial("tcp", "localhost:6379")
	},
}

func others() {
	_ = new(redis.Pool)                                                                // want `redis\.Pool\{\} creates`
	_ = redis.Pool{MaxIdle: 1}                                                         // want `redis\.Pool\{\} creates`
	_ = redis.NewPool(func() (redis.Conn, error) { return redis.Dial("tcp", "x") }, 3) // want `redis\.NewPool creates`
	c, _ := redis.Dial("tcp", "localhost:6379")                                        // want `^redis\.Dial opens a dedicated connection that bypasses the shared pool`
	_ = c
}

// Taking a connection from the shared pool, or naming the type, is fine.
func checkout(p *redis.Pool) {
	c := p.Get()
	defer c.Close()
	var _ *redis.Pool
}

// An alias names the same pool type.
type pool = redis.Pool

var aliased = &pool{MaxIdle: 2} // want `pool\{\} creates a new connection pool`
