// Command iface opens a pool in a method called through an interface;
// the other implementation is never used, so its pool is not counted.
package main

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

type backend interface{ start() }

type pg struct{}

func (pg) start() {
	cfg, _ := pgxpool.ParseConfig("postgres://db/app")
	cfg.MaxConns = 12
	pgxpool.NewWithConfig(context.Background(), cfg)
}

type cache struct{}

func (cache) start() { redis.NewClient(&redis.Options{Addr: "cache:6379"}) }

// spare makes cache a run-time type: RTA alone thinks run may start it.
var spare backend

func run(b backend) { b.start() }

func main() {
	run(pg{})
	spare = cache{}
}
