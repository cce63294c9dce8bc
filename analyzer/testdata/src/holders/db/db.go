// Package db is sanctioned: its constructors return structs that hold a
// pool, and are recognised without facts.
package db

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

// Client holds a pool in a field.
type Client struct {
	db *sqlx.DB
}

func NewFromURL(url string) (*Client, error) {
	d, err := sqlx.Open("postgres", url)
	if err != nil {
		return nil, err
	}
	d.SetMaxOpenConns(10)
	return &Client{db: d}, nil
}

// Store embeds a struct that holds the pool.
type Store struct {
	base
}

type base struct{ pool *pgxpool.Pool }

func NewStore(ctx context.Context, url string) (Store, error) {
	p, err := pgxpool.New(ctx, url)
	return Store{base{p}}, err
}

// Repo is given the shared pool: a wrapper, not a constructor.
type Repo struct{ db *sql.DB }

func NewRepo(db *sql.DB) *Repo { return &Repo{db: db} }

// Default is a getter: no parameters, no error.
var shared = &Client{}

func Default() *Client { return shared }

// Config holds no client.
type Config struct{ URL string }

func ParseConfig(s string) (*Config, error) { return &Config{URL: s}, nil }

var Pool *sql.DB
