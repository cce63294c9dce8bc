// Package pg is a minimal stub of github.com/go-pg/pg/v10@v10.11.0 for poolcheck's tests.
package pg

import (
	"context"
	"crypto/tls"
	"net"
	"time"
)

type Options struct {
	Network         string
	Addr            string
	Dialer          func(ctx context.Context, network, addr string) (net.Conn, error)
	OnConnect       func(ctx context.Context, cn *Conn) error
	User            string
	Password        string
	Database        string
	ApplicationName string
	TLSConfig       *tls.Config
	DialTimeout     time.Duration
	PoolSize        int
	MinIdleConns    int
	MaxConnAge      time.Duration
	IdleTimeout     time.Duration
}

func ParseURL(sURL string) (*Options, error) { return nil, nil }

type PoolStats struct {
	Hits       uint32
	Misses     uint32
	Timeouts   uint32
	TotalConns uint32
	IdleConns  uint32
	StaleConns uint32
}

type baseDB struct {
	opt *Options
}

func (db *baseDB) PoolStats() *PoolStats { return nil }

func (db *baseDB) WithTimeout(d time.Duration) *baseDB { return db }

func (db *baseDB) Close() error { return nil }

func (db *baseDB) Ping(ctx context.Context) error { return nil }

type DB struct {
	*baseDB
	ctx context.Context
}

func Connect(opt *Options) *DB { return nil }

func (db *DB) Options() *Options { return db.opt }

func (db *DB) WithContext(ctx context.Context) *DB { return db }

func (db *DB) WithTimeout(d time.Duration) *DB { return db }

func (db *DB) Listen(ctx context.Context, channels ...string) *Listener { return nil }

func (db *DB) Conn() *Conn { return nil }

type Conn struct {
	*baseDB
	ctx context.Context
}

func (db *Conn) Context() context.Context { return db.ctx }

func (db *Conn) WithContext(ctx context.Context) *Conn { return db }

func (db *Conn) WithTimeout(d time.Duration) *Conn { return db }

type Listener struct {
	db *DB
}

func (ln *Listener) Close() error { return nil }
