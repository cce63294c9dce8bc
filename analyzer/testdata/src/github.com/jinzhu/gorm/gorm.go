// Package gorm is a minimal stub of github.com/jinzhu/gorm@v1.9.16 for poolcheck's tests.
package gorm

import (
	"database/sql"
	"sync"
)

type SQLCommon interface {
	Exec(query string, args ...interface{}) (sql.Result, error)
	Prepare(query string) (*sql.Stmt, error)
	Query(query string, args ...interface{}) (*sql.Rows, error)
	QueryRow(query string, args ...interface{}) *sql.Row
}

type DB struct {
	sync.RWMutex
	Value        interface{}
	Error        error
	RowsAffected int64

	db SQLCommon
}

func Open(dialect string, args ...interface{}) (db *DB, err error) { return nil, nil }

func (s *DB) New() *DB { return s }

func (s *DB) Close() error { return nil }

func (s *DB) DB() *sql.DB { return nil }

func (s *DB) CommonDB() SQLCommon { return s.db }
