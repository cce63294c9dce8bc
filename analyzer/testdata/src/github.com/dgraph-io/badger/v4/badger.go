// Package badger is a minimal stub of github.com/dgraph-io/badger/v4@v4.9.6 for poolcheck's tests.
package badger

type Logger interface {
	Errorf(string, ...interface{})
	Warningf(string, ...interface{})
	Infof(string, ...interface{})
	Debugf(string, ...interface{})
}

type Options struct {
	Dir      string
	ValueDir string

	SyncWrites        bool
	NumVersionsToKeep int
	ReadOnly          bool
	Logger            Logger
	InMemory          bool
	MetricsEnabled    bool
}

func DefaultOptions(path string) Options { return Options{Dir: path, ValueDir: path} }

func LSMOnlyOptions(path string) Options { return DefaultOptions(path) }

func (opt Options) WithDir(val string) Options { return opt }

func (opt Options) WithValueDir(val string) Options { return opt }

func (opt Options) WithLogger(val Logger) Options { return opt }

func (opt Options) WithInMemory(b bool) Options { return opt }

type DB struct {
	opt Options
}

type Txn struct {
	update bool
	db     *DB
}

func Open(opt Options) (*DB, error) { return nil, nil }

func OpenManaged(opts Options) (*DB, error) { return nil, nil }

func (db *DB) Close() error { return nil }

func (db *DB) NewTransaction(update bool) *Txn { return nil }

func (db *DB) View(fn func(txn *Txn) error) error { return nil }

func (db *DB) Update(fn func(txn *Txn) error) error { return nil }
