// Package gorm is a minimal stub of gorm.io/gorm@v1.31.2 for poolcheck's tests.
package gorm

import (
	"context"
	"database/sql"
	"time"

	"gorm.io/gorm/clause"
	"gorm.io/gorm/schema"
)

type Dialector interface {
	Name() string
	Initialize(*DB) error
	Migrator(db *DB) Migrator
	DataTypeOf(*schema.Field) string
	DefaultValueOf(*schema.Field) clause.Expression
	BindVarTo(writer clause.Writer, stmt *Statement, v interface{})
	QuoteTo(clause.Writer, string)
	Explain(sql string, vars ...interface{}) string
}

type ConnPool interface {
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...interface{}) *sql.Row
}

type Migrator interface {
	AutoMigrate(dst ...interface{}) error
	CurrentDatabase() string
}

type Statement struct {
	*DB
	Table string
	Model interface{}
}

type Config struct {
	SkipDefaultTransaction bool
	NowFunc                func() time.Time
	DryRun                 bool
	PrepareStmt            bool
	DisableAutomaticPing   bool
	ConnPool               ConnPool
	Dialector
}

func (c *Config) Apply(config *Config) error { return nil }

func (c *Config) AfterInitialize(db *DB) error { return nil }

type Option interface {
	Apply(*Config) error
	AfterInitialize(*DB) error
}

type DB struct {
	*Config
	Error        error
	RowsAffected int64
	Statement    *Statement
	clone        int
}

type Session struct {
	DryRun                 bool
	PrepareStmt            bool
	NewDB                  bool
	Initialized            bool
	SkipHooks              bool
	SkipDefaultTransaction bool
	Context                context.Context
	NowFunc                func() time.Time
	CreateBatchSize        int
}

func Open(dialector Dialector, opts ...Option) (db *DB, err error) { return nil, nil }

func (db *DB) Session(config *Session) *DB { return db }

func (db *DB) WithContext(ctx context.Context) *DB { return db }

func (db *DB) DB() (*sql.DB, error) { return nil, nil }
