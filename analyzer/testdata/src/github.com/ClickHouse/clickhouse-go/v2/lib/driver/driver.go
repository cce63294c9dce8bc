// Package driver is a minimal stub of github.com/ClickHouse/clickhouse-go/v2@v2.51.0 for poolcheck's tests.
package driver

import "context"

type (
	Conn interface {
		Exec(ctx context.Context, query string, args ...any) error
		Ping(context.Context) error
		Close() error
	}
)
