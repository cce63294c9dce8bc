// Package sqlite is a minimal stub of github.com/glebarez/sqlite@v1.11.0 for poolcheck's tests.
package sqlite

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/schema"
)

// DriverName is the default driver name for SQLite.
const DriverName = "sqlite"

type Dialector struct {
	DriverName string
	DSN        string
	Conn       gorm.ConnPool
}

func Open(dsn string) gorm.Dialector {
	return &Dialector{DSN: dsn}
}

func (dialector Dialector) Name() string { return "sqlite" }

func (dialector Dialector) Initialize(db *gorm.DB) (err error) { return nil }

func (dialector Dialector) Migrator(db *gorm.DB) gorm.Migrator { return nil }

func (dialector Dialector) DataTypeOf(field *schema.Field) string { return "" }

func (dialector Dialector) DefaultValueOf(field *schema.Field) clause.Expression { return nil }

func (dialector Dialector) BindVarTo(writer clause.Writer, stmt *gorm.Statement, v interface{}) {}

func (dialector Dialector) QuoteTo(writer clause.Writer, str string) {}

func (dialector Dialector) Explain(sql string, vars ...interface{}) string { return "" }
