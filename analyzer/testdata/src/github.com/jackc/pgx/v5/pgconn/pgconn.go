// Package pgconn is a minimal stub of github.com/jackc/pgx/v5@v5.12.0 for poolcheck's tests.
package pgconn

import (
	"context"
	"crypto/tls"
	"net"
	"time"
)

type GetSSLPasswordFunc func(ctx context.Context) string

type DialFunc func(ctx context.Context, network, addr string) (net.Conn, error)

type LookupFunc func(ctx context.Context, host string) (addrs []string, err error)

type Config struct {
	Host           string
	Port           uint16
	Database       string
	User           string
	Password       string
	TLSConfig      *tls.Config
	ConnectTimeout time.Duration
	DialFunc       DialFunc
	LookupFunc     LookupFunc
	RuntimeParams  map[string]string
}

type ParseConfigOptions struct {
	GetSSLPassword        GetSSLPasswordFunc
	ConnStringAllowedKeys []string
}

type PgConn struct{}

type HijackedConn struct {
	Conn              net.Conn
	TLSConfig         *tls.Config
	PID               uint32
	SecretKey         []byte
	ParameterStatuses map[string]string
	TxStatus          byte
	Config            *Config
	CustomData        map[string]any
}

type CommandTag struct {
	s string
}

func ParseConfig(connString string) (*Config, error) { return nil, nil }

func ParseConfigWithOptions(connString string, options ParseConfigOptions) (*Config, error) {
	return nil, nil
}

func Connect(ctx context.Context, connString string) (*PgConn, error) { return nil, nil }

func ConnectWithOptions(ctx context.Context, connString string, parseConfigOptions ParseConfigOptions) (*PgConn, error) {
	return nil, nil
}

func ConnectConfig(ctx context.Context, config *Config) (*PgConn, error) { return nil, nil }

func Construct(hc *HijackedConn) (*PgConn, error) { return nil, nil }

func (pgConn *PgConn) Close(ctx context.Context) error { return nil }

func (pgConn *PgConn) Hijack() (*HijackedConn, error) { return nil, nil }
