// Package mysql is a minimal stub of github.com/go-sql-driver/mysql@v1.10.1 for poolcheck's tests.
package mysql

import (
	"context"
	"crypto/tls"
	"database/sql/driver"
	"net"
	"time"
)

type Config struct {
	User      string
	Passwd    string
	Net       string
	Addr      string
	DBName    string
	Params    map[string]string
	Loc       *time.Location
	TLSConfig string
	TLS       *tls.Config
	Timeout   time.Duration
	DialFunc  func(ctx context.Context, network, addr string) (net.Conn, error)
	ParseTime bool
}

type Option func(*Config) error

func NewConfig() *Config { return &Config{} }

func (c *Config) Apply(opts ...Option) error { return nil }

func (cfg *Config) Clone() *Config { return cfg }

func (cfg *Config) FormatDSN() string { return "" }

func ParseDSN(dsn string) (cfg *Config, err error) { return nil, nil }

type MySQLDriver struct{}

func (d MySQLDriver) Open(dsn string) (driver.Conn, error) { return nil, nil }

func (d MySQLDriver) OpenConnector(dsn string) (driver.Connector, error) { return nil, nil }

func NewConnector(cfg *Config) (driver.Connector, error) { return nil, nil }
