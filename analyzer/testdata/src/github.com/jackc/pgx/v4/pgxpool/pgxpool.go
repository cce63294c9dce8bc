// Package pgxpool is a minimal stub of github.com/jackc/pgx/v4@v4.18.3 for poolcheck's tests.
package pgxpool

import (
	"context"
	"time"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgx/v4"
)

type Config struct {
	ConnConfig *pgx.ConnConfig

	BeforeConnect func(context.Context, *pgx.ConnConfig) error
	AfterConnect  func(context.Context, *pgx.Conn) error

	MaxConnLifetime   time.Duration
	MaxConnIdleTime   time.Duration
	MaxConns          int32
	MinConns          int32
	HealthCheckPeriod time.Duration
	LazyConnect       bool
}

type Pool struct{}

type Conn struct{}

func Connect(ctx context.Context, connString string) (*Pool, error) { return nil, nil }

func ConnectConfig(ctx context.Context, config *Config) (*Pool, error) { return nil, nil }

func ParseConfig(connString string) (*Config, error) { return nil, nil }

func (p *Pool) Close() {}

func (p *Pool) Acquire(ctx context.Context) (*Conn, error) { return nil, nil }

func (p *Pool) Exec(ctx context.Context, sql string, arguments ...interface{}) (pgconn.CommandTag, error) {
	return nil, nil
}

func (p *Pool) Ping(ctx context.Context) error { return nil }

func (c *Conn) Release() {}

func (c *Conn) Conn() *pgx.Conn { return nil }
