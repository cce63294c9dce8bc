package escape

import (
	"context"
	"database/sql"
	"os"

	"github.com/redis/go-redis/v9"
)

// svc closes its pool, never its cache.
type svc struct {
	cache *redis.Client
	pool  *sql.DB
}

func (s *svc) Close() error { return s.pool.Close() }

func (s *svc) get(ctx context.Context) error { return s.cache.Ping(ctx).Err() }

// The construction in a field of a composite literal: the field is never
// closed, tuned or passed on.
func newSvc(pool *sql.DB) *svc {
	return &svc{cache: redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}), pool: pool} // want `use db\.Cache instead$`
}

// Twin: the field that svc.Close closes.
func newSvcPool() *svc {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in field pool, which this package closes, tunes or passes on\)$`
	if err != nil {
		panic(err)
	}
	return &svc{pool: conn}
}

// Twins: appended to a slice, stored in a map.
func appended(clients []*redis.Client) []*redis.Client {
	return append(clients, redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})) // want `\(no fix: the pool is passed to append, which may close or tune it\)$`
}

func mapped(m map[string]*redis.Client) {
	m["cache"] = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // want `\(no fix: the pool is stored in m\["cache"\]\)$`
}
