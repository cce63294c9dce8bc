// Package db is sanctioned: its constructions are reported only when they
// run again and again, here through helpers of the package that handlers,
// loops and goroutines call.
package db

import (
	"context"
	"database/sql"
	"net/http"
	"os"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Provider struct {
	savePath string
	db       *sql.DB
	mu       sync.Mutex
	cache    map[string]*sql.DB
}

// connectInit opens a pool on every call (beego's session providers).
func (mp *Provider) connectInit() *sql.DB {
	db, err := sql.Open("mysql", mp.savePath)
	if err != nil {
		return nil
	}
	return db
}

func (mp *Provider) SessionRead(w http.ResponseWriter, r *http.Request) {
	c := mp.connectInit() // want `^connectInit runs on every request to SessionRead: each call opens a new pool \(via sql\.Open\); create it once and share it$`
	defer c.Close()
}

// Through two helpers: the chain is named.
func open1(dsn string) *sql.DB {
	d, _ := sql.Open("postgres", dsn)
	return d
}

func open2() *sql.DB { return open1(os.Getenv("DSN")) }

func Orders(w http.ResponseWriter, r *http.Request) {
	_ = open2() // want `^open2 runs on every request to Orders: each call opens a new pool \(via open1 via sql\.Open\); create it once and share it$`
}

// A helper that builds the pool without returning it still builds one per call.
func (mp *Provider) reconnect() {
	p, _ := pgxpool.New(context.Background(), mp.savePath)
	p.Close()
}

func (mp *Provider) Reset(w http.ResponseWriter, r *http.Request) {
	mp.reconnect() // want `^reconnect runs on every request to Reset: each call opens a new pool \(via pgxpool\.New\)`
}

// A cycle: a and b call each other; the guard stops the following.
func a(n int) *sql.DB {
	if n > 0 {
		return b(n - 1)
	}
	d, _ := sql.Open("postgres", "dsn")
	return d
}

func b(n int) *sql.DB { return a(n) }

func Cycle(w http.ResponseWriter, r *http.Request) {
	_ = b(1) // want `^b runs on every request to Cycle: each call opens a new pool \(via a via sql\.Open\)`
}

// Loops and goroutines.
func Poll(ctx context.Context) {
	for i := 0; i < 10; i++ {
		_ = open2() // want `^open2 runs on every iteration of the loop at line 76: each call opens a new pool \(via open1 via sql\.Open\)`
	}
	http.HandleFunc("/x", func(w http.ResponseWriter, r *http.Request) {
		go func() {
			_ = open1("dsn") // want `^open1 runs in a goroutine that runs on every request to an HTTP handler`
		}()
	})
}

// Negatives.

// Called once from main: dependency injection.
func Main() {
	_ = open2()
	_ = open1(os.Getenv("DSN"))
}

// Cached with sync.Once.
var (
	once   sync.Once
	shared *sql.DB
)

func get() *sql.DB {
	once.Do(func() {
		shared, _ = sql.Open("postgres", "dsn")
		shared.SetMaxOpenConns(10)
	})
	return shared
}

// Cached in a field, under a nil test.
func (mp *Provider) conn() *sql.DB {
	mp.mu.Lock()
	defer mp.mu.Unlock()
	if mp.db == nil {
		mp.db, _ = sql.Open("postgres", mp.savePath)
	}
	return mp.db
}

// Cached in a field, returned early when set.
func (mp *Provider) conn2() *sql.DB {
	if mp.db != nil {
		return mp.db
	}
	d, _ := sql.Open("postgres", mp.savePath)
	mp.db = d
	return d
}

// Cached in a map, per DSN.
func (mp *Provider) byDSN(dsn string) *sql.DB {
	if d, ok := mp.cache[dsn]; ok {
		return d
	}
	d, _ := sql.Open("postgres", dsn)
	mp.cache[dsn] = d
	return d
}

// Filled on demand behind a lock, the lookup in a closure (radix's
// Sentinel.client): one pool per address, not per call.
func (mp *Provider) byAddr(addr string) *sql.DB {
	var d *sql.DB
	mp.locked(func() { d = mp.cache[addr] })
	if d != nil {
		return d
	}
	nd, _ := sql.Open("postgres", addr)
	mp.locked(func() { mp.cache[addr] = nd })
	return nd
}

func (mp *Provider) locked(f func()) { mp.mu.Lock(); f(); mp.mu.Unlock() }

// A plain constructor whose caller fills the cache (radix's Cluster.pool).
func (mp *Provider) poolFor(addr string) *sql.DB {
	if d := mp.lookup(addr); d != nil {
		return d
	}
	d := open1(addr)
	mp.cache[addr] = d
	return d
}

func (mp *Provider) lookup(addr string) *sql.DB { return mp.cache[addr] }

// Overwrites one field on every call: a new pool each time.
func (mp *Provider) replace() {
	d, _ := sql.Open("postgres", mp.savePath)
	mp.db = d
}

// sync.OnceValue: the literal runs once.
var lazy = sync.OnceValue(func() *sql.DB { return open1("dsn") })

func (mp *Provider) Cached(w http.ResponseWriter, r *http.Request) {
	_ = get()
	_ = mp.conn()
	_ = mp.conn2()
	_ = mp.byDSN(r.URL.Query().Get("db"))
	_ = mp.byAddr(r.URL.Query().Get("addr"))
	_ = mp.poolFor(r.URL.Query().Get("addr"))
	mp.replace() // want `^replace runs on every request to Cached: each call opens a new pool \(via sql\.Open\)`
	_ = lazy()
}

// Stored per item: one pool per shard, built once.
func Shards(dsns []string) map[string]*sql.DB {
	pools := map[string]*sql.DB{}
	for _, dsn := range dsns {
		pools[dsn] = open1(dsn)
	}
	return pools
}

// A function value: where it is called is not known.
func Values() func(string) *sql.DB { return open1 }

// Middleware that only wraps: its body runs once, when routes are set up;
// the handler it returns runs per request.
func Logging(next http.Handler) http.Handler {
	audit := open2() // once per wrap: fine
	_ = audit
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

func Tracing(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = open2() // want `^open2 runs on every request to an HTTP handler`
		next.ServeHTTP(w, r)
	})
}

// Guarded at the call site (beego's memcache provider): the helper opens a
// pool on every call, but it is called only while the cache is empty.
var client *sql.DB

func (mp *Provider) connectGlobal() error {
	client, _ = sql.Open("postgres", mp.savePath)
	client.SetMaxOpenConns(10)
	return nil
}

func (mp *Provider) Guarded(w http.ResponseWriter, r *http.Request) {
	if client == nil {
		if err := mp.connectGlobal(); err != nil {
			return
		}
	}
	http.HandleFunc("/y", func(w http.ResponseWriter, r *http.Request) {
		if client != nil {
			return
		}
		_ = mp.connectGlobal()
	})
}

// Package level: runs once.
var Default = open1("dsn")

// A reconnect loop (lib/pq's listenerConnLoop): the inner loop retries
// until connected, the outer one reconnects after the connection is lost.
func (mp *Provider) connect() error {
	d, err := sql.Open("postgres", mp.savePath)
	mp.db = d
	return err
}

func (mp *Provider) listen(lost chan struct{}) {
	for {
		for {
			if err := mp.connect(); err == nil {
				break
			}
		}
		<-lost
	}
}

// A retry loop in a handler is still per request.
func (mp *Provider) Retry(w http.ResponseWriter, r *http.Request) {
	for {
		if err := mp.connect(); err == nil { // want `^connect runs on every request to Retry`
			break
		}
	}
}
