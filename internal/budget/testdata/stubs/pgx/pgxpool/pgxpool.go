// Package pgxpool is a stub of github.com/jackc/pgx/v5/pgxpool.
package pgxpool

import "context"

type Config struct{ MaxConns int32 }

type Pool struct{ cfg *Config }

func ParseConfig(connString string) (*Config, error) { return &Config{}, nil }

func New(ctx context.Context, connString string) (*Pool, error) {
	cfg, err := ParseConfig(connString)
	if err != nil {
		return nil, err
	}
	return NewWithConfig(ctx, cfg)
}

func NewWithConfig(ctx context.Context, config *Config) (*Pool, error) {
	return &Pool{cfg: config}, nil
}

func (p *Pool) Close() {}
