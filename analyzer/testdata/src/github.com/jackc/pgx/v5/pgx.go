// Package pgx is a minimal stub of github.com/jackc/pgx/v5@v5.12.0 for poolcheck's tests.
package pgx

import (
	"context"

	"github.com/jackc/pgx/v5/pgconn"
)

type QueryExecMode int32

type ConnConfig struct {
	pgconn.Config

	connString string

	StatementCacheCapacity   int
	DescriptionCacheCapacity int
	DefaultQueryExecMode     QueryExecMode
}

type ParseConfigOptions struct {
	pgconn.ParseConfigOptions
}

type Conn struct {
	pgConn *pgconn.PgConn
}

func Connect(ctx context.Context, connString string) (*Conn, error) { return nil, nil }

func ConnectWithOptions(ctx context.Context, connString string, options ParseConfigOptions) (*Conn, error) {
	return nil, nil
}

func ConnectConfig(ctx context.Context, connConfig *ConnConfig) (*Conn, error) { return nil, nil }

func ParseConfigWithOptions(connString string, options ParseConfigOptions) (*ConnConfig, error) {
	return nil, nil
}

func ParseConfig(connString string) (*ConnConfig, error) { return nil, nil }

func (c *Conn) Close(ctx context.Context) error { return nil }

func (c *Conn) Ping(ctx context.Context) error { return nil }

func (c *Conn) PgConn() *pgconn.PgConn { return c.pgConn }

func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}
