// Package pgxpool is a minimal stub of github.com/jackc/pgx/v5/pgxpool for poolcheck's docs examples.
package pgxpool

import "context"

type Config struct{ MaxConns int32 }

type Pool struct{}

func NewWithConfig(ctx context.Context, config *Config) (*Pool, error) { return nil, nil }

func ParseConfig(connString string) (*Config, error) { return nil, nil }
