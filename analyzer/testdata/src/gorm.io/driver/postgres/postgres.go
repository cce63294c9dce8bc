// Package postgres is a minimal stub of gorm.io/driver/postgres@v1.6.3 for poolcheck's tests.
package postgres

import (
	"github.com/jackc/pgx/v5/stdlib"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/schema"
)

type Dialector struct {
	*Config
}

type Config struct {
	DriverName           string
	DSN                  string
	WithoutQuotingCheck  bool
	PreferSimpleProtocol bool
	WithoutReturning     bool
	Conn                 gorm.ConnPool
	OptionOpenDB         []stdlib.OptionOpenDB
}

func Open(dsn string) gorm.Dialector {
	return &Dialector{&Config{DSN: dsn}}
}

func New(config Config) gorm.Dialector {
	return &Dialector{Config: &config}
}

func (dialector Dialector) Name() string { return "postgres" }

func (dialector Dialector) Initialize(db *gorm.DB) (err error) { return nil }

func (dialector Dialector) Migrator(db *gorm.DB) gorm.Migrator { return nil }

func (dialector Dialector) DataTypeOf(field *schema.Field) string { return "" }

func (dialector Dialector) DefaultValueOf(field *schema.Field) clause.Expression { return nil }

func (dialector Dialector) BindVarTo(writer clause.Writer, stmt *gorm.Statement, v interface{}) {}

func (dialector Dialector) QuoteTo(writer clause.Writer, str string) {}

func (dialector Dialector) Explain(sql string, vars ...interface{}) string { return "" }
