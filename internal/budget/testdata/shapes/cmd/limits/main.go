// Command limits: every way a limit is set or defaulted.
package main

import (
	"context"
	"database/sql"
	"os"
	"strconv"

	redigo "github.com/gomodule/redigo/redis"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type store struct{ db *sql.DB }

func newStore() *store {
	db, _ := sql.Open("postgres", "")
	return &store{db: db}
}

func (s *store) configure(n int) { s.db.SetMaxOpenConns(n) }

func main() {
	ctx := context.Background()
	n, _ := strconv.Atoi(os.Getenv("MAX_CONNS"))
	s := newStore()
	s.configure(n)

	pgxpool.New(ctx, "postgres://db/app?pool_max_conns=7")
	pgxpool.New(ctx, os.Getenv("DATABASE_URL"))

	redis.NewClient(&redis.Options{Addr: "cache:6379", PoolSize: 30})
	redis.NewClient(&redis.Options{Addr: "sessions:6379"})

	bounded := &redigo.Pool{MaxActive: 16, Dial: func() (redigo.Conn, error) { return redigo.Dial("tcp", "cache:6379") }}
	_ = bounded
	unbounded := &redigo.Pool{Dial: func() (redigo.Conn, error) { return redigo.Dial("tcp", "cache:6379") }}
	_ = unbounded

	mongo.Connect(ctx, options.Client().ApplyURI("mongodb://db").SetMaxPoolSize(50))
	mongo.Connect(ctx, options.Client().ApplyURI("mongodb://db"))

	opt, _ := redis.ParseURL("redis://cache:6379/0?pool_size=12")
	redis.NewClient(opt)
	mongo.Connect(ctx, options.Client().ApplyURI("mongodb://db/?maxPoolSize=25"))
}
