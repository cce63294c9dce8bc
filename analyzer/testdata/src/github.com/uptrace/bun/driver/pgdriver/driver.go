// Package pgdriver is a minimal stub of github.com/uptrace/bun/driver/pgdriver@v1.2.18 for poolcheck's tests.
package pgdriver

import (
	"context"
	"crypto/tls"
	"database/sql/driver"
	"net"
	"time"

	"github.com/uptrace/bun"
)

type Config struct {
	Network      string
	Addr         string
	DialTimeout  time.Duration
	Dialer       func(ctx context.Context, network, addr string) (net.Conn, error)
	TLSConfig    *tls.Config
	User         string
	Password     string
	Database     string
	AppName      string
	ConnParams   map[string]any
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	BufferSize   int
}

type Option func(conf *Config)

func WithOptions(opts ...Option) Option { return nil }

func WithConfig(after *Config) Option { return nil }

func WithNetwork(network string) Option { return nil }

func WithAddr(addr string) Option { return nil }

func WithTLSConfig(tlsConfig *tls.Config) Option { return nil }

func WithInsecure(on bool) Option { return nil }

func WithUser(user string) Option { return nil }

func WithPassword(password string) Option { return nil }

func WithDatabase(database string) Option { return nil }

func WithApplicationName(appName string) Option { return nil }

func WithTimeout(timeout time.Duration) Option { return nil }

func WithDSN(dsn string) Option { return nil }

type Driver struct {
	connector *Connector
}

var _ driver.DriverContext = (*Driver)(nil)

func NewDriver() Driver { return Driver{} }

func (d Driver) OpenConnector(name string) (driver.Connector, error) { return nil, nil }

func (d Driver) Open(name string) (driver.Conn, error) { return nil, nil }

type Connector struct {
	conf *Config
}

func NewConnector(opts ...Option) *Connector { return &Connector{conf: &Config{}} }

var _ driver.Connector = (*Connector)(nil)

func (c *Connector) Connect(ctx context.Context) (driver.Conn, error) { return nil, nil }

func (c *Connector) Driver() driver.Driver { return Driver{connector: c} }

func (c *Connector) Config() *Config { return c.conf }

type Conn struct {
	conf *Config
}

type Listener struct {
	db     *bun.DB
	driver *Connector
}

func NewListener(db *bun.DB) *Listener { return &Listener{db: db} }

func (ln *Listener) Close() error { return nil }

func (ln *Listener) Listen(ctx context.Context, channels ...string) error { return nil }

func (ln *Listener) Receive(ctx context.Context) (channel string, payload string, err error) {
	return "", "", nil
}
