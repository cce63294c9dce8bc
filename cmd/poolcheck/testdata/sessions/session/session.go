// Package session keeps its pools in package-level variables that are set
// in a method and through a local variable inside a sync.Once: -inventory
// lists both (TestInventoryPools).
package session

import (
	"database/sql"
	"net/http"
	"sync"

	"github.com/bradfitz/gomemcache/memcache"
)

// client is assigned in a method of the provider.
var client *memcache.Client

// Provider is a session provider.
type Provider struct{ addr string }

// SessionInit connects the provider.
func (p *Provider) SessionInit(addr string) error {
	p.addr = addr
	client = memcache.New(addr)
	return nil
}

var (
	// Pool is opened once, through the local db.
	Pool *sql.DB
	once sync.Once
)

// DB returns the shared pool.
func DB() *sql.DB {
	once.Do(func() {
		db, err := sql.Open("postgres", "dsn")
		if err != nil {
			panic(err)
		}
		db.SetMaxOpenConns(10)
		Pool = db
	})
	return Pool
}

// Other is never assigned a client this package constructs: the local it
// gets holds a value passed in.
var Other *sql.DB

// Use keeps a pool the caller made.
func Use(given *sql.DB) {
	local := given
	Other = local
}

// cache is a field of a value, not a package-level variable.
type cache struct{ c *memcache.Client }

func (c *cache) connect(addr string) { c.c = memcache.New(addr) }

// connectInit opens a pool on every call; Handle calls it per request.
// The inventory lists its sql.Open, not the call: the call is a finding
// (repeated-construction), not another construction.
func connectInit() *sql.DB {
	db, _ := sql.Open("postgres", "per call")
	return db
}

// Handle serves a request.
func Handle(w http.ResponseWriter, r *http.Request) {
	db := connectInit()
	defer db.Close()
}
