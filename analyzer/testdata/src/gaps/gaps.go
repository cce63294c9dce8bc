// Package gaps covers the catalog rows added for constructors seen in real
// code: go-elasticsearch v6 and v5, go-couchbase buckets, qmgo,
// ncruces/go-sqlite3, the xorm-io fork and the community Oracle dialectors.
package gaps

import (
	"context"
	"database/sql"

	"github.com/couchbase/go-couchbase"
	oracle2 "github.com/dzwvip/gorm-oracle"
	es5 "github.com/elastic/go-elasticsearch/v5"
	es6 "github.com/elastic/go-elasticsearch/v6"
	oracle "github.com/godoes/gorm-oracle"
	"github.com/ncruces/go-sqlite3"
	"github.com/ncruces/go-sqlite3/driver"
	"github.com/qiniu/qmgo"
	"github.com/xorm-io/xorm"
	"github.com/xorm-io/xorm/core"
	"gorm.io/gorm"
)

func constructions(ctx context.Context, db *sql.DB, e *xorm.Engine) {
	_, _ = es6.NewClient(es6.Config{})                                            // want `^es6\.NewClient creates a new connection pool outside`
	_, _ = es6.NewDefaultClient()                                                 // want `^es6\.NewDefaultClient creates`
	_, _ = es5.NewClient(es5.Config{})                                            // want `^es5\.NewClient creates`
	_, _ = es5.NewDefaultClient()                                                 // want `^es5\.NewDefaultClient creates`
	_, _ = couchbase.GetBucket("http://x", "default", "b")                        // want `^couchbase\.GetBucket creates`
	_, _ = couchbase.ConnectWithAuthAndGetBucket("http://x", "default", "b", nil) // want `^couchbase\.ConnectWithAuthAndGetBucket creates`
	c, _ := couchbase.Connect("http://x")                                         // reads the cluster map: no pool yet
	pool, _ := c.GetPool("default")
	_, _ = pool.GetBucket("b")                                                // want `^\(\*couchbase\.Pool\)\.GetBucket creates`
	_, _ = pool.GetBucketWithAuth("b", "u", "p")                              // want `^\(\*couchbase\.Pool\)\.GetBucketWithAuth creates`
	_, _ = qmgo.Open(ctx, &qmgo.Config{})                                     // want `^qmgo\.Open creates`
	_, _ = qmgo.NewClient(ctx, &qmgo.Config{})                                // want `^qmgo\.NewClient creates`
	_, _ = driver.Open("file:app.db")                                         // want `^driver\.Open creates a new connection pool`
	_, _ = sqlite3.Open("app.db")                                             // want `^sqlite3\.Open opens a new handle on an embedded database`
	_, _ = sqlite3.OpenContext(ctx, "app.db")                                 // want `^sqlite3\.OpenContext opens a new handle`
	_, _ = sqlite3.OpenFlags("app.db", 0)                                     // want `^sqlite3\.OpenFlags opens a new handle`
	_, _ = xorm.NewEngine("mysql", "dsn")                                     // want `^xorm\.NewEngine creates`
	_, _ = xorm.NewEngineWithParams("mysql", "dsn", nil)                      // want `^xorm\.NewEngineWithParams creates`
	_, _ = xorm.NewEngineGroup("mysql", []string{"a", "b"})                   // want `^xorm\.NewEngineGroup creates`
	_, _ = e.NewDB()                                                          // want `^\(\*xorm\.Engine\)\.NewDB creates`
	_, _ = core.Open("mysql", "dsn")                                          // want `^core\.Open creates`
	_, _ = gorm.Open(oracle.Open("dsn"))                                      // want `^oracle\.Open makes gorm\.Open create a new connection pool`
	_, _ = gorm.Open(oracle.New(oracle.Config{DSN: "dsn"}))                   // want `^oracle\.New makes gorm\.Open create`
	_, _ = gorm.Open(oracle2.Open("dsn"))                                     // want `^oracle2\.Open makes gorm\.Open create`
	_, _ = gorm.Open(&oracle2.Dialector{Config: &oracle2.Config{DSN: "dsn"}}) // want `^oracle2\.Dialector\{\} makes gorm\.Open create`

	// Wrappers of an existing pool: not constructions.
	_, _ = xorm.NewEngineGroup(e, []*xorm.Engine{e})
	_, _ = xorm.NewEngineWithDB("mysql", "dsn", core.FromDB(db))
	_, _ = gorm.Open(oracle.New(oracle.Config{Conn: db}))
	_, _ = gorm.Open(&oracle2.Dialector{Config: &oracle2.Config{Conn: db}})
}
