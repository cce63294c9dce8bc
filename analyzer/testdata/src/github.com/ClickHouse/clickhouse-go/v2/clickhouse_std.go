// Package clickhouse is a minimal stub of github.com/ClickHouse/clickhouse-go/v2@v2.51.0 for poolcheck's tests.
package clickhouse

import (
	"database/sql"
	"database/sql/driver"
)

func Connector(opt *Options) driver.Connector { return nil }

func OpenDB(opt *Options) *sql.DB { return nil }
