// Package dbutil is a legacy helper package whose functions open pools.
package dbutil

import "database/sql"

func Connect(dsn string) (*sql.DB, error) { return nil, nil }

// Ping is not configured as a constructor.
func Ping(db *sql.DB) error { return nil }

type Config struct{ DSN string }

func (c *Config) Dial() (*sql.DB, error) { return nil, nil }

func (c Config) Open() (*sql.DB, error) { return nil, nil }

type Pool struct{ Size int }

func NewTyped[T any](dsn string) (*Typed[T], error) { return nil, nil }

type Typed[T any] struct{}

func (t *Typed[T]) Dial() (*sql.DB, error) { return nil, nil }
