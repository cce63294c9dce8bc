package escape

import (
	"context"
	"database/sql"
	"os"
)

// An unexported package-level pool read only in this package: fix.
var metricsDB, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`

func metricsIdle() int { return metricsDB.Stats().Idle }

// Twin: an unexported package-level pool handed out by an exported getter;
// other packages may close it.
var ledgerDB, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`

// Ledger returns the ledger pool.
func Ledger() *sql.DB { return ledgerDB }

// vault hands its unexported field out through an exported method.
type vault struct{ conn *sql.DB }

// Conn returns the vault's pool.
func (v *vault) Conn() *sql.DB { return v.conn }

// Twin: stored in a field an exported method returns.
func newVault() *vault {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in field conn, which this package closes, tunes or passes on\)$`
	if err != nil {
		panic(err)
	}
	return &vault{conn: conn}
}

// Twin: _ = x.Close() inside a deferred literal.
func deferBlankClose(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is closed in a form the fix cannot remove\)$`
	if err != nil {
		return err
	}
	defer func() { _ = conn.Close() }()
	return conn.PingContext(ctx)
}
