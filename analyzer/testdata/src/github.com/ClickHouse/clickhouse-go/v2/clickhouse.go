// Package clickhouse is a minimal stub of github.com/ClickHouse/clickhouse-go/v2@v2.51.0 for poolcheck's tests.
package clickhouse

import (
	"context"
	"crypto/tls"
	"net"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
)

type Conn = driver.Conn

type Auth struct {
	Database string

	Username string
	Password string
}

type Protocol int

const (
	Native Protocol = iota
	HTTP
)

type Options struct {
	Protocol        Protocol
	TLS             *tls.Config
	Addr            []string
	Auth            Auth
	DialContext     func(ctx context.Context, addr string) (net.Conn, error)
	Debug           bool
	DialTimeout     time.Duration
	MaxOpenConns    int
	MaxIdleConns    int
	ConnMaxLifetime time.Duration
}

func ParseDSN(dsn string) (*Options, error) { return nil, nil }

func Open(opt *Options) (driver.Conn, error) { return nil, nil }
