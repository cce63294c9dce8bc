// Package db owns the pools; -max-conns=100 caps each of them.
package db

import (
	"context"
	"database/sql"

	"github.com/go-pg/pg/v10"
	redis8 "github.com/go-redis/redis/v8"
	"github.com/gomodule/redigo/redis"
	pgxpool4 "github.com/jackc/pgx/v4/pgxpool"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	goredis "github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/mongo/options"
	"xorm.io/xorm"
)

const maxOpen = 500

var DB = openDB(50)

func openDB(n int) *sql.DB {
	db, _ := sql.Open("postgres", "dsn")
	db.SetMaxOpenConns(500)     // want `^SetMaxOpenConns\(500\) exceeds -max-conns=100, the most connections one pool of this service may open$`
	db.SetMaxOpenConns(maxOpen) // want `^SetMaxOpenConns\(500\) exceeds -max-conns=100`
	db.SetMaxOpenConns(100)     // at the limit
	db.SetMaxOpenConns(n)       // not a constant: not checked
	db.SetMaxIdleConns(500)     // idle connections are not a limit on open ones
	return db
}

func pgx5(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig("dsn")
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 500 // want `^MaxConns = 500 exceeds -max-conns=100`
	cfg.MinConns = 500
	return pgxpool.NewWithConfig(ctx, cfg)
}

func pgx4(ctx context.Context) (*pgxpool4.Pool, error) {
	return pgxpool4.ConnectConfig(ctx, &pgxpool4.Config{MaxConns: 200}) // want `^MaxConns: 200 exceeds -max-conns=100`
}

var (
	Cache   = goredis.NewClient(&goredis.Options{PoolSize: 500})                                    // want `^PoolSize: 500 exceeds -max-conns=100`
	Cluster = goredis.NewClusterClient(&goredis.ClusterOptions{PoolSize: 50, MaxActiveConns: 1000}) // want `^MaxActiveConns: 1000 exceeds`
	Small   = goredis.NewClient(&goredis.Options{PoolSize: 10})
	Old     = redis8.NewClient(&redis8.Options{PoolSize: 101}) // want `^PoolSize: 101 exceeds`
)

func fromURL(u string) *goredis.Client {
	opt, _ := goredis.ParseURL(u)
	opt.PoolSize = 1 << 10 // want `^PoolSize = 1024 exceeds`
	return goredis.NewClient(opt)
}

var X = sqlx.MustConnect("postgres", "dsn")

var Engine, _ = xorm.NewEngine("postgres", "dsn")

func init() {
	X.SetMaxOpenConns(300)      // want `^SetMaxOpenConns\(300\) exceeds`
	Engine.SetMaxOpenConns(300) // want `^SetMaxOpenConns\(300\) exceeds`
}

var (
	Mongo   = options.Client().SetMaxPoolSize(500)               // want `^SetMaxPoolSize\(500\) exceeds`
	Redigo  = &redis.Pool{MaxActive: 500, MaxIdle: 500}          // want `^MaxActive: 500 exceeds`
	GoPG    = pg.Connect(&pg.Options{PoolSize: 500})             // want `^PoolSize: 500 exceeds`
	Ignored = goredis.NewClient(&goredis.Options{PoolSize: 500}) //poolcheck:ignore the batch cluster has its own Redis
)
