package knowledge

// Embedded stores (a file lock, no server) and FoundationDB.
var embeddedLibraries = []Library{
	{
		Name: "embedded stores",
		Constructors: []Constructor{
			{"go.etcd.io/bbolt.Open", Embedded, always},
			// ncruces/go-sqlite3 (wasm, no cgo): driver.Open builds a database/sql
			// pool; sqlite3.Open* open one connection on the database file.
			{"github.com/ncruces/go-sqlite3/driver.Open", Pool, always},
			{"github.com/ncruces/go-sqlite3.Open", Embedded, always},
			{"github.com/ncruces/go-sqlite3.OpenContext", Embedded, always},
			{"github.com/ncruces/go-sqlite3.OpenFlags", Embedded, always},
			{"github.com/boltdb/bolt.Open", Embedded, always},
			{"github.com/dgraph-io/badger/v4.Open", Embedded, always},
			{"github.com/dgraph-io/badger/v4.OpenManaged", Embedded, always},
			{"github.com/dgraph-io/badger/v3.Open", Embedded, always},
			{"github.com/duckdb/duckdb-go/v2.NewConnector", Embedded, always},
			{"github.com/marcboeker/go-duckdb.NewConnector", Embedded, always},
		},
		ClientTypes: []string{
			"github.com/dgraph-io/badger/v4.DB",
			"github.com/ncruces/go-sqlite3.Conn",
			"go.etcd.io/bbolt.DB",
		},
	},
	{
		Name: "foundationdb",
		Constructors: []Constructor{
			{"github.com/apple/foundationdb/bindings/go/src/fdb.OpenDefault", Pool, always},
			{"github.com/apple/foundationdb/bindings/go/src/fdb.OpenDatabase", Pool, always},
			{"github.com/apple/foundationdb/bindings/go/src/fdb.MustOpenDefault", Pool, always},
			{"github.com/apple/foundationdb/bindings/go/src/fdb.MustOpenDatabase", Pool, always},
			{"github.com/apple/foundationdb/bindings/go/src/fdb.Open", Pool, always},
			{"github.com/apple/foundationdb/bindings/go/src/fdb.MustOpen", Pool, always},
			{"github.com/apple/foundationdb/bindings/go/src/fdb.OpenWithConnectionString", Pool, always},
		},
		ClientTypes: []string{"github.com/apple/foundationdb/bindings/go/src/fdb.Database"},
	},
}
