// Package pgx is a minimal stub of github.com/jackc/pgx/v4@v4.18.3 for poolcheck's tests.
package pgx

import (
	"context"

	"github.com/jackc/pgconn"
)

type ConnConfig struct {
	pgconn.Config

	connString string

	PreferSimpleProtocol bool
}

type Conn struct {
	pgConn *pgconn.PgConn
}

func Connect(ctx context.Context, connString string) (*Conn, error) { return nil, nil }

func ConnectConfig(ctx context.Context, connConfig *ConnConfig) (*Conn, error) { return nil, nil }

func ParseConfig(connString string) (*ConnConfig, error) { return nil, nil }

func (c *Conn) Close(ctx context.Context) error { return nil }

func (c *Conn) Ping(ctx context.Context) error { return nil }

func (c *Conn) PgConn() *pgconn.PgConn { return c.pgConn }

func (c *Conn) Exec(ctx context.Context, sql string, arguments ...interface{}) (pgconn.CommandTag, error) {
	return nil, nil
}
