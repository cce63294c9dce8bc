// Package schema is a minimal stub of gorm.io/gorm@v1.31.2 for poolcheck's tests.
package schema

type Field struct {
	Name   string
	DBName string
}
