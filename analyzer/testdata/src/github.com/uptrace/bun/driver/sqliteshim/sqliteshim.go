// Package sqliteshim is a minimal stub of github.com/uptrace/bun/driver/sqliteshim@v1.3.0 for poolcheck's tests.
package sqliteshim

import "database/sql/driver"

// ShimName is the name of the shim database/sql driver registration.
const ShimName = "sqliteshim"

func HasDriver() bool { return false }

func Driver() driver.Driver { return nil }

func DriverName() string { return "" }
