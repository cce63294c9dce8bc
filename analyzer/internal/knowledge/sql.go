package knowledge

// SQL databases: database/sql and its drivers, the Postgres clients, and
// the ORMs. Connectors, configs and wrappers of an existing pool
// (sqlx.NewDb, bun.NewDB, stdlib.OpenDBFromPool, pgdriver.NewConnector ...)
// are deliberately absent: the pool is built where the connector reaches
// sql.OpenDB, which is listed.
var sqlLibraries = []Library{
	{
		Name: "database/sql",
		Constructors: []Constructor{
			{"database/sql.Open", Pool, always},
			{"database/sql.OpenDB", Pool, overConnector},
		},
		ClientTypes:  []string{"database/sql.DB"},
		LimitMethods: []string{"(*database/sql.DB).SetMaxOpenConns"},
	},
	{
		Name: "pgx v5",
		Constructors: []Constructor{
			{"github.com/jackc/pgx/v5/pgxpool.New", Pool, always},
			{"github.com/jackc/pgx/v5/pgxpool.NewWithConfig", Pool, always},
			{"github.com/jackc/pgx/v5.Connect", Conn, always},
			{"github.com/jackc/pgx/v5.ConnectConfig", Conn, always},
			{"github.com/jackc/pgx/v5.ConnectWithOptions", Conn, always},
			{"github.com/jackc/pgx/v5/pgconn.Connect", Conn, always},
			{"github.com/jackc/pgx/v5/pgconn.ConnectConfig", Conn, always},
			{"github.com/jackc/pgx/v5/pgconn.ConnectWithOptions", Conn, always},
			{"github.com/jackc/pgx/v5/stdlib.OpenDB", Pool, always},
		},
		ClientTypes: []string{
			"github.com/jackc/pgx/v5.Conn",
			"github.com/jackc/pgx/v5/pgconn.PgConn",
			"github.com/jackc/pgx/v5/pgxpool.Pool",
		},
		PoolConnectors: []string{"github.com/jackc/pgx/v5/stdlib.GetPoolConnector"},
		SizeFields:     []Field{{"github.com/jackc/pgx/v5/pgxpool.Config", "MaxConns"}}, // v5.12.0
	},
	{
		Name: "pgx v4",
		Constructors: []Constructor{
			{"github.com/jackc/pgx/v4/pgxpool.Connect", Pool, always},
			{"github.com/jackc/pgx/v4/pgxpool.ConnectConfig", Pool, always},
			{"github.com/jackc/pgx/v4.Connect", Conn, always},
			{"github.com/jackc/pgx/v4.ConnectConfig", Conn, always},
			{"github.com/jackc/pgx/v4/stdlib.OpenDB", Pool, always},
			{"github.com/jackc/pgconn.Connect", Conn, always},
			{"github.com/jackc/pgconn.ConnectConfig", Conn, always},
			{"github.com/jackc/pgconn.ConnectWithOptions", Conn, always},
		},
		ClientTypes: []string{
			"github.com/jackc/pgconn.PgConn",
			"github.com/jackc/pgx/v4.Conn",
			"github.com/jackc/pgx/v4/pgxpool.Pool",
		},
		SizeFields: []Field{{"github.com/jackc/pgx/v4/pgxpool.Config", "MaxConns"}}, // v4.18.3
	},
	{
		Name: "lib/pq",
		Constructors: []Constructor{
			{"github.com/lib/pq.NewListener", Conn, always},
			{"github.com/lib/pq.NewDialListener", Conn, always},
			{"github.com/lib/pq.NewListenerConn", Conn, always},
			{"github.com/lib/pq.Open", Conn, always},
			{"github.com/lib/pq.DialOpen", Conn, always},
		},
		ClientTypes: []string{"github.com/lib/pq.Listener", "github.com/lib/pq.ListenerConn"},
	},
	{
		Name: "bun",
		Constructors: []Constructor{
			{"github.com/uptrace/bun/driver/pgdriver.NewListener", Conn, always},
		},
	},
	{
		Name: "sqlx",
		Constructors: []Constructor{
			{"github.com/jmoiron/sqlx.Open", Pool, always},
			{"github.com/jmoiron/sqlx.MustOpen", Pool, always},
			{"github.com/jmoiron/sqlx.Connect", Pool, always},
			{"github.com/jmoiron/sqlx.ConnectContext", Pool, always},
			{"github.com/jmoiron/sqlx.MustConnect", Pool, always},
		},
		ClientTypes: []string{"github.com/jmoiron/sqlx.DB"},
	},
	// gorm.Open builds no pool itself: the dialector's Initialize does,
	// unless the dialector carries an existing connection (Conn). Report the
	// dialector where it is made, so one passed around is still caught.
	{
		Name: "gorm",
		Constructors: []Constructor{
			{"gorm.io/driver/postgres.Open", Dialector, always},
			{"gorm.io/driver/postgres.New", Dialector, unlessSet("Conn")},
			{"gorm.io/driver/postgres.Dialector{}", Dialector, unlessSet("Conn")},
			{"gorm.io/driver/mysql.Open", Dialector, always},
			{"gorm.io/driver/mysql.New", Dialector, unlessSet("Conn")},
			{"gorm.io/driver/mysql.Dialector{}", Dialector, unlessSet("Conn")},
			{"gorm.io/driver/sqlite.Open", Dialector, always},
			{"gorm.io/driver/sqlite.New", Dialector, unlessSet("Conn")},
			{"gorm.io/driver/sqlite.Dialector{}", Dialector, unlessSet("Conn")},
			{"gorm.io/driver/sqlserver.Open", Dialector, always},
			{"gorm.io/driver/sqlserver.New", Dialector, unlessSet("Conn")},
			{"gorm.io/driver/sqlserver.Dialector{}", Dialector, unlessSet("Conn")},
			{"github.com/glebarez/sqlite.Open", Dialector, always},
			{"github.com/glebarez/sqlite.Dialector{}", Dialector, unlessSet("Conn")},
			// Community Oracle dialectors (admin frameworks): the same Initialize.
			{"github.com/godoes/gorm-oracle.Open", Dialector, always},
			{"github.com/godoes/gorm-oracle.New", Dialector, unlessSet("Conn")},
			{"github.com/godoes/gorm-oracle.Dialector{}", Dialector, unlessSet("Conn")},
			{"github.com/dzwvip/gorm-oracle.Open", Dialector, always},
			{"github.com/dzwvip/gorm-oracle.New", Dialector, unlessSet("Conn")},
			{"github.com/dzwvip/gorm-oracle.Dialector{}", Dialector, unlessSet("Conn")},
		},
		ClientTypes: []string{"gorm.io/gorm.DB"},
		PassThrough: []PassThrough{{"gorm.io/gorm.Open", 0}}, // opens the dialector's pool
	},
	{
		Name: "gorm (jinzhu, v1)",
		Constructors: []Constructor{
			{"github.com/jinzhu/gorm.Open", Pool, stringArg(1)},
		},
		ClientTypes: []string{"github.com/jinzhu/gorm.DB"},
	},
	{
		Name: "ent",
		Constructors: []Constructor{
			{"entgo.io/ent/dialect/sql.Open", Pool, always},
		},
		ClientTypes: []string{"entgo.io/ent/dialect/sql.Driver"},
	},
	{
		Name: "xorm",
		Constructors: []Constructor{
			{"xorm.io/xorm.NewEngine", Pool, always},
			{"xorm.io/xorm.NewEngineWithParams", Pool, always},
			{"xorm.io/xorm.NewEngineGroup", Pool, stringArg(0)},
			{"(*xorm.io/xorm.Engine).NewDB", Pool, always},
			{"xorm.io/xorm/core.Open", Pool, always},
		},
		ClientTypes: []string{
			"xorm.io/xorm.Engine",
			"xorm.io/xorm.EngineGroup",
			"xorm.io/xorm/core.DB",
		},
		// xorm.io/xorm@v1.4.3 (engine.go, engine_group.go)
		LimitMethods: []string{"(*xorm.io/xorm.Engine).SetMaxOpenConns", "(*xorm.io/xorm.EngineGroup).SetMaxOpenConns"},
	},
	{
		Name: "xorm (xorm-io fork)",
		Constructors: []Constructor{
			{"github.com/xorm-io/xorm.NewEngine", Pool, always},
			{"github.com/xorm-io/xorm.NewEngineWithParams", Pool, always},
			{"github.com/xorm-io/xorm.NewEngineGroup", Pool, stringArg(0)},
			{"(*github.com/xorm-io/xorm.Engine).NewDB", Pool, always},
			{"github.com/xorm-io/xorm/core.Open", Pool, always},
		},
		ClientTypes: []string{
			"github.com/xorm-io/xorm.Engine",
			"github.com/xorm-io/xorm.EngineGroup",
			"github.com/xorm-io/xorm/core.DB",
		},
	},
	{
		Name: "go-pg",
		Constructors: []Constructor{
			{"github.com/go-pg/pg/v10.Connect", Pool, always},
			{"github.com/go-pg/pg/v9.Connect", Pool, always},
		},
		ClientTypes: []string{"github.com/go-pg/pg/v10.DB"},
		SizeFields:  []Field{{"github.com/go-pg/pg/v10.Options", "PoolSize"}}, // v10.11.0
	},
	{
		Name: "clickhouse-go v2",
		Constructors: []Constructor{
			{"github.com/ClickHouse/clickhouse-go/v2.Open", Pool, always},
			{"github.com/ClickHouse/clickhouse-go/v2.OpenDB", Pool, always},
		},
	},
	{
		// No constructor is catalogued: a sanctioned package's function
		// that returns one makes a client.
		Name:        "go-mssqldb",
		ClientTypes: []string{"github.com/microsoft/go-mssqldb.Conn"},
	},
}
