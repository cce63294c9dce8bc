// Package oracle is a stub of github.com/godoes/gorm-oracle@v1.6.18: like the
// first-party gorm drivers, Initialize opens a pool unless Config.Conn is set.
package oracle

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/schema"
)

type Config struct {
	DriverName        string
	DSN               string
	Conn              gorm.ConnPool
	DefaultStringSize uint
	DBVer             string
}

type Dialector struct {
	*Config
}

func Open(dsn string) gorm.Dialector {
	return &Dialector{Config: &Config{DSN: dsn}}
}

func New(config Config) gorm.Dialector {
	return &Dialector{Config: &config}
}

func (d Dialector) Name() string                                                        { return "oracle" }
func (d Dialector) Initialize(db *gorm.DB) (err error)                                  { return nil }
func (d Dialector) Migrator(db *gorm.DB) gorm.Migrator                                  { return nil }
func (d Dialector) DataTypeOf(field *schema.Field) string                               { return "" }
func (d Dialector) DefaultValueOf(field *schema.Field) clause.Expression                { return nil }
func (d Dialector) BindVarTo(writer clause.Writer, stmt *gorm.Statement, v interface{}) {}
func (d Dialector) QuoteTo(writer clause.Writer, str string)                            {}
func (d Dialector) Explain(sql string, vars ...interface{}) string                      { return "" }
