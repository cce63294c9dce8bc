// Package sqlite3 is a stub of github.com/ncruces/go-sqlite3@v0.37.0.
package sqlite3

import "context"

type Conn struct{}

type OpenFlag uint32

func Open(filename string) (*Conn, error) { return nil, nil }

func OpenContext(ctx context.Context, filename string) (*Conn, error) { return nil, nil }

func OpenFlags(filename string, flags OpenFlag) (*Conn, error) { return nil, nil }

func (c *Conn) Close() error { return nil }
