// Package qmgo is a stub of github.com/qiniu/qmgo@v1.1.9: Open and NewClient
// each connect a new mongo.Client.
package qmgo

import (
	"context"

	"github.com/qiniu/qmgo/options"
)

type Config struct {
	Uri      string
	Database string
	Coll     string
}

type Collection struct{}
type Database struct{}

type QmgoClient struct {
	*Collection
	*Database
	*Client
}

func Open(ctx context.Context, conf *Config, o ...options.ClientOptions) (cli *QmgoClient, err error) {
	return
}

type Client struct{}

func NewClient(ctx context.Context, conf *Config, o ...options.ClientOptions) (cli *Client, err error) {
	return
}

func (c *Client) Database(name string) *Database { return nil }
