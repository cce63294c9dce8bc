// Package bbolt is a minimal stub of go.etcd.io/bbolt@v1.4.3 for poolcheck's tests.
package bbolt

import (
	"os"
	"time"
)

type DB struct {
	path string
}

type Options struct {
	Timeout         time.Duration
	NoGrowSync      bool
	NoFreelistSync  bool
	ReadOnly        bool
	MmapFlags       int
	InitialMmapSize int
	PageSize        int
	NoSync          bool
	OpenFile        func(string, int, os.FileMode) (*os.File, error)
	Mlock           bool
}

var DefaultOptions = &Options{
	Timeout:    0,
	NoGrowSync: false,
}

type Tx struct {
	writable bool
	db       *DB
}

func Open(path string, mode os.FileMode, options *Options) (db *DB, err error) { return nil, nil }

func (db *DB) Close() error { return nil }

func (db *DB) Begin(writable bool) (t *Tx, err error) { return nil, nil }

func (db *DB) Update(fn func(*Tx) error) error { return nil }

func (db *DB) View(fn func(*Tx) error) error { return nil }
