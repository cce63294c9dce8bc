// Package stdlib is a minimal stub of github.com/jackc/pgx/v5@v5.12.0 for poolcheck's tests.
package stdlib

import (
	"context"
	"database/sql"
	"database/sql/driver"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type connector struct{}

func (c connector) Connect(ctx context.Context) (driver.Conn, error) { return nil, nil }

func (c connector) Driver() driver.Driver { return nil }

type OptionOpenDB func(*connector)

func OptionBeforeConnect(bc func(context.Context, *pgx.ConnConfig) error) OptionOpenDB { return nil }

func OptionAfterConnect(ac func(context.Context, *pgx.Conn) error) OptionOpenDB { return nil }

func GetConnector(config pgx.ConnConfig, opts ...OptionOpenDB) driver.Connector { return connector{} }

func GetPoolConnector(pool *pgxpool.Pool, opts ...OptionOpenDB) driver.Connector {
	return connector{}
}

func OpenDB(config pgx.ConnConfig, opts ...OptionOpenDB) *sql.DB { return nil }

func OpenDBFromPool(pool *pgxpool.Pool, opts ...OptionOpenDB) *sql.DB { return nil }

func GetDefaultDriver() driver.Driver { return nil }

type Driver struct{}

func (d *Driver) Open(name string) (driver.Conn, error) { return nil, nil }

func (d *Driver) OpenConnector(name string) (driver.Connector, error) { return nil, nil }

func RegisterConnConfig(c *pgx.ConnConfig) string { return "" }

func UnregisterConnConfig(connStr string) {}
