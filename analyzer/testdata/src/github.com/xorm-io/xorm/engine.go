// Package xorm is a stub of github.com/xorm-io/xorm@v1.1.6, the fork of
// xorm.io/xorm that casdoor and others use.
package xorm

import "github.com/xorm-io/xorm/core"

type Engine struct{}

type EngineGroup struct{ *Engine }

type GroupPolicy interface{}

func NewEngine(driverName string, dataSourceName string) (*Engine, error) { return nil, nil }

func NewEngineWithParams(driverName string, dataSourceName string, params map[string]string) (*Engine, error) {
	return nil, nil
}

func NewEngineWithDB(driverName string, dataSourceName string, db *core.DB) (*Engine, error) {
	return nil, nil
}

func NewEngineGroup(args1 interface{}, args2 interface{}, policies ...GroupPolicy) (*EngineGroup, error) {
	return nil, nil
}

func (engine *Engine) NewDB() (*core.DB, error) { return nil, nil }
