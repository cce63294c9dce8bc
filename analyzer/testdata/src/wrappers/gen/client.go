// Package gen mimics ent's generated Open: the pool goes into the client.
package gen

import (
	"database/sql"
	"database/sql/driver"
)

type Client struct{ drv *sql.DB }

type Option func(*Client)

func Driver(db *sql.DB) Option { return func(c *Client) { c.drv = db } }

func NewClient(opts ...Option) *Client { return &Client{} }

func Open(driverName, dataSourceName string, options ...Option) (*Client, error) { // want Open:"constructs via sql.Open"
	drv, err := sql.Open(driverName, dataSourceName) // want `sql\.Open creates`
	if err != nil {
		return nil, err
	}
	return NewClient(append(options, Driver(drv))...), nil
}

type Store struct{ db *sql.DB }

func NewStore(c driver.Connector) *Store { // want NewStore:"constructs via sql.OpenDB"
	db := sql.OpenDB(c) // want `sql\.OpenDB creates`
	return &Store{db: db}
}

// Ping returns what a method of the pool returns, not the pool.
func Ping(dsn string) error {
	db, _ := sql.Open("postgres", dsn) // want `sql\.Open creates`
	return db.Ping()
}

type ConnPool struct{ db *sql.DB }

func NewConnPool(db *sql.DB) *ConnPool { return &ConnPool{db} }

// OpenTestPool keeps the pool in a local adapter before returning it.
func OpenTestPool(dsn string) *ConnPool { // want OpenTestPool:"constructs via sql.Open"
	db, err := sql.Open("postgres", dsn) // want `sql\.Open creates`
	if err != nil {
		panic(err)
	}
	pool := NewConnPool(db)
	return pool
}
