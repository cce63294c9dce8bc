// Package pgxpool is a minimal stub of github.com/jackc/pgx/v5@v5.12.0 for poolcheck's tests.
package pgxpool

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

type Config struct {
	ConnConfig *pgx.ConnConfig

	BeforeConnect func(context.Context, *pgx.ConnConfig) error
	AfterConnect  func(context.Context, *pgx.Conn) error

	MaxConnLifetime   time.Duration
	MaxConnIdleTime   time.Duration
	MaxConns          int32
	MinConns          int32
	MinIdleConns      int32
	HealthCheckPeriod time.Duration
}

type Pool struct{}

type Conn struct{}

func New(ctx context.Context, connString string) (*Pool, error) { return nil, nil }

func NewWithConfig(ctx context.Context, config *Config) (*Pool, error) { return nil, nil }

func ParseConfig(connString string) (*Config, error) { return nil, nil }

func (p *Pool) Close() {}

func (p *Pool) Acquire(ctx context.Context) (c *Conn, err error) { return nil, nil }

func (p *Pool) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

func (p *Pool) Ping(ctx context.Context) error { return nil }

// Config returns a copy of the pool's configuration.
func (p *Pool) Config() *Config { return nil }

func (c *Conn) Release() {}

func (c *Conn) Conn() *pgx.Conn { return nil }
