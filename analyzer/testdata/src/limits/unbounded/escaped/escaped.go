// Package escaped hands its pools to code the analyzer cannot see: it
// stays silent.
package escaped

import (
	"database/sql"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"limits/ext"
)

// A function of another package may limit it.
var A *sql.DB

func initA() {
	db, _ := sql.Open("postgres", "a")
	ext.Configure(db)
	A = db
}

// An interface field: a type assertion may recover the pool.
type Repo struct{ q ext.Querier }

func NewRepo() *Repo {
	db, _ := sql.Open("postgres", "repo")
	return &Repo{q: db}
}

// A library wrapper over the pool.
var X = sqlx.NewDb(mustOpen(), "postgres")

func mustOpen() *sql.DB {
	db, err := sql.Open("postgres", "x")
	if err != nil {
		panic(err)
	}
	return db
}

// A map of pools.
var Pools = map[string]*sql.DB{}

func add(name string) {
	db, _ := sql.Open("postgres", name)
	Pools[name] = db
}

// A slice literal.
var Shards = []*sql.DB{shard()}

func shard() *sql.DB { db, _ := sql.Open("postgres", "shard"); return db }

// A function literal's result.
var Lazy = func() *sql.DB {
	db, _ := sql.Open("postgres", "lazy")
	return db
}

// A function value: where it is called is not known.
var Opener = sql.Open

// A channel.
func send(ch chan<- *sql.DB) {
	db, _ := sql.Open("postgres", "sent")
	ch <- db
}

// An address.
func addr(keep func(**sql.DB)) {
	db, _ := sql.Open("postgres", "addr")
	keep(&db)
}

// An unexported method's result: the method may be called through an
// interface.
type opener struct{}

var Conn = opener{}.open()

func (opener) open() *sql.DB {
	db, _ := sql.Open("postgres", "method")
	return db
}

// A gorm dialector handed to another package is opened there.
type Config struct{ Dialector gorm.Dialector }

var Cfg = &Config{Dialector: postgres.Open("dsn")}

func Dialector(dsn string) gorm.Dialector { return postgres.Open(dsn) }

// Not database/sql pools: pgxpool and go-redis have bounded defaults, and
// sql.OpenDB over a pgxpool is a facade, not a pool.
var (
	PgxPool, _ = pgxpool.New(nil, "dsn")
	Redis      = redis.NewClient(&redis.Options{})
	Facade     = sql.OpenDB(stdlib.GetPoolConnector(PgxPool))
)

// A variable of another package.
func share() {
	db, _ := sql.Open("postgres", "shared")
	ext.Shared = db
}
