// Package xorm is a minimal stub of xorm.io/xorm@v1.4.3 for poolcheck's tests.
package xorm

import (
	"database/sql"
	"time"

	"xorm.io/xorm/core"
	"xorm.io/xorm/dialects"
)

type Engine struct {
	dialect     dialects.Dialect
	engineGroup *EngineGroup
	db          *core.DB

	driverName     string
	dataSourceName string

	TZLocation *time.Location
	DatabaseTZ *time.Location
}

type Session struct {
	engine *Engine
}

func NewEngine(driverName, dataSourceName string, driverOptions ...func(db *sql.DB) error) (*Engine, error) {
	return nil, nil
}

func NewEngineWithParams(driverName, dataSourceName string, params map[string]string) (*Engine, error) {
	return nil, nil
}

func NewEngineWithDB(driverName, dataSourceName string, db *core.DB) (*Engine, error) {
	return nil, nil
}

func NewEngineWithDialectAndDB(driverName, dataSourceName string, dialect dialects.Dialect, db *core.DB) (*Engine, error) {
	return nil, nil
}

func (engine *Engine) NewDB() (*core.DB, error) { return nil, nil }

func (engine *Engine) DB() *core.DB { return engine.db }

func (engine *Engine) NewSession() *Session { return &Session{engine: engine} }

func (engine *Engine) Close() error { return nil }

func (engine *Engine) Ping() error { return nil }

func (engine *Engine) SetMaxOpenConns(conns int) { engine.DB().SetMaxOpenConns(conns) }

type GroupPolicy interface {
	Slave(*EngineGroup) *Engine
}

type EngineGroup struct {
	*Engine
	slaves []*Engine
	policy GroupPolicy
}

func NewEngineGroup(args1, args2 any, policies ...GroupPolicy) (*EngineGroup, error) {
	return nil, nil
}

func (eg *EngineGroup) Close() error { return nil }

func (eg *EngineGroup) Master() *Engine { return eg.Engine }

func (eg *EngineGroup) SetMaxOpenConns(conns int) { eg.Engine.DB().SetMaxOpenConns(conns) }
