// Package mongo is a minimal stub of go.mongodb.org/mongo-driver@v1.17.10 for poolcheck's tests.
package mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo/options"
	"go.mongodb.org/mongo-driver/mongo/readpref"
)

type Client struct {
	readPreference *readpref.ReadPref
}

func Connect(ctx context.Context, opts ...*options.ClientOptions) (*Client, error) { return nil, nil }

func NewClient(opts ...*options.ClientOptions) (*Client, error) { return nil, nil }

func (c *Client) Connect(ctx context.Context) error { return nil }

func (c *Client) Disconnect(ctx context.Context) error { return nil }

func (c *Client) Ping(ctx context.Context, rp *readpref.ReadPref) error { return nil }

func (c *Client) Database(name string, opts ...*options.DatabaseOptions) *Database {
	return &Database{client: c, name: name}
}

type Database struct {
	client *Client
	name   string
}

func (db *Database) Client() *Client { return db.client }

func (db *Database) Collection(name string, opts ...*options.CollectionOptions) *Collection {
	return &Collection{db: db, name: name}
}

type Collection struct {
	db   *Database
	name string
}
