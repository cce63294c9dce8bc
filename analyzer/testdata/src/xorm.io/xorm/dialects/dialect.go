// Package dialects is a minimal stub of xorm.io/xorm@v1.4.3 for poolcheck's tests.
package dialects

type Dialect interface {
	Alias(string) string
	ColumnTypeKind(string) int

	IsReserved(string) bool
}

func OpenDialect(driverName, connstr string) (Dialect, error) { return nil, nil }
