// Package sql is a project package that shares its name with database/sql.
package sql

type DB struct{}

func Open(driver, dsn string) (*DB, error) { return &DB{}, nil }
