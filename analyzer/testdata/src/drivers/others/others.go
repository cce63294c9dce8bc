package others

import (
	"context"
	"database/sql"

	entsql "entgo.io/ent/dialect/sql"
	"github.com/ClickHouse/clickhouse-go/v2"
	es8 "github.com/elastic/go-elasticsearch/v8"
	"github.com/go-pg/pg/v10"
	pgxpool4 "github.com/jackc/pgx/v4/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/redis/rueidis"
	"github.com/redis/rueidis/rueidislock"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/driver/pgdriver"
	"github.com/valkey-io/valkey-go"
	mongo1 "go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	mongo2 "go.mongodb.org/mongo-driver/v2/mongo"
	"xorm.io/xorm"
)

func constructions(ctx context.Context, dsn string) {
	_, _ = sqlx.Open("postgres", dsn)                                                            // want `^sqlx\.Open creates a new connection pool`
	_ = sqlx.MustOpen("postgres", dsn)                                                           // want `sqlx\.MustOpen creates`
	_, _ = sqlx.Connect("postgres", dsn)                                                         // want `sqlx\.Connect creates`
	_, _ = sqlx.ConnectContext(ctx, "postgres", dsn)                                             // want `sqlx\.ConnectContext creates`
	_ = sqlx.MustConnect("postgres", dsn)                                                        // want `sqlx\.MustConnect creates`
	_, _ = mongo1.Connect(ctx, options.Client())                                                 // want `mongo1\.Connect creates`
	_, _ = mongo1.NewClient(options.Client())                                                    // want `mongo1\.NewClient creates`
	_, _ = mongo2.Connect()                                                                      // want `mongo2\.Connect creates`
	_, _ = clickhouse.Open(&clickhouse.Options{})                                                // want `clickhouse\.Open creates`
	_ = clickhouse.OpenDB(&clickhouse.Options{})                                                 // want `clickhouse\.OpenDB creates`
	_, _ = xorm.NewEngine("postgres", dsn)                                                       // want `xorm\.NewEngine creates`
	_, _ = xorm.NewEngineGroup(dsn, []string{dsn})                                               // want `xorm\.NewEngineGroup creates`
	_ = pg.Connect(&pg.Options{})                                                                // want `pg\.Connect creates`
	_, _ = entsql.Open("postgres", dsn)                                                          // want `entsql\.Open creates`
	_, _ = rueidis.NewClient(rueidis.ClientOption{})                                             // want `rueidis\.NewClient creates`
	_, _ = valkey.NewClient(valkey.ClientOption{})                                               // want `valkey\.NewClient creates`
	_, _ = pgxpool4.Connect(ctx, dsn)                                                            // want `pgxpool4\.Connect creates`
	_, _ = es8.NewClient(es8.Config{})                                                           // want `es8\.NewClient creates`
	_, _ = rueidislock.NewLocker(rueidislock.LockerOption{ClientOption: rueidis.ClientOption{}}) // want `rueidislock\.NewLocker creates`
	// bun opens nothing itself: the pool is the sql.OpenDB under it.
	_ = bun.NewDB(sql.OpenDB(pgdriver.NewConnector(pgdriver.WithDSN(dsn))), pgdialect.New()) // want `sql\.OpenDB creates`
}

// Wrappers of an existing handle.
func wrappers(db *sql.DB, c rueidis.Client, eng *xorm.Engine, es *es8.Client) {
	_ = sqlx.NewDb(db, "postgres")
	_ = bun.NewDB(db, pgdialect.New())
	_ = entsql.OpenDB("postgres", db)
	_, _ = xorm.NewEngineGroup(eng, []*xorm.Engine{eng})
	_, _ = rueidislock.NewLocker(rueidislock.LockerOption{
		ClientBuilder: func(rueidis.ClientOption) (rueidis.Client, error) { return c, nil },
	})
	_ = es8.NewTypedFrom(es)
	_ = pgdriver.NewConnector()
}
