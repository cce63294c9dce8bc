// Package mysql is a minimal stub of gorm.io/driver/mysql@v1.6.0 for poolcheck's tests.
package mysql

import (
	"github.com/go-sql-driver/mysql"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/schema"
)

type Config struct {
	DriverName                string
	ServerVersion             string
	DSN                       string
	DSNConfig                 *mysql.Config
	Conn                      gorm.ConnPool
	SkipInitializeWithVersion bool
	DefaultStringSize         uint
}

type Dialector struct {
	*Config
}

func Open(dsn string) gorm.Dialector {
	dsnConf, _ := mysql.ParseDSN(dsn)
	return &Dialector{Config: &Config{DSN: dsn, DSNConfig: dsnConf}}
}

func New(config Config) gorm.Dialector {
	return &Dialector{Config: &config}
}

func (dialector Dialector) Name() string { return "mysql" }

func (dialector Dialector) Initialize(db *gorm.DB) (err error) { return nil }

func (dialector Dialector) Migrator(db *gorm.DB) gorm.Migrator { return nil }

func (dialector Dialector) DataTypeOf(field *schema.Field) string { return "" }

func (dialector Dialector) DefaultValueOf(field *schema.Field) clause.Expression { return nil }

func (dialector Dialector) BindVarTo(writer clause.Writer, stmt *gorm.Statement, v interface{}) {}

func (dialector Dialector) QuoteTo(writer clause.Writer, str string) {}

func (dialector Dialector) Explain(sql string, vars ...interface{}) string { return "" }
