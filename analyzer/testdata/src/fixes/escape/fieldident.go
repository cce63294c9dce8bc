package escape

import (
	"context"
	"database/sql"
	"os"
)

// Two types with a field of the same name: only b's is closed.
type aHolder struct{ conn *sql.DB }

type bHolder struct{ conn *sql.DB }

func (b *bHolder) Close() error { return b.conn.Close() }

func (a *aHolder) ping(ctx context.Context) error { return a.conn.PingContext(ctx) }

// Stored in a.conn, which nothing closes: fix, whatever b does with its
// own conn.
func newA() *aHolder {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		panic(err)
	}
	return &aHolder{conn: conn}
}

// Twin: stored in b.conn, which b's Close closes.
func newB() *bHolder {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in field conn, which this package closes, tunes or passes on\)$`
	if err != nil {
		panic(err)
	}
	return &bHolder{conn: conn}
}

// A goroutine that closes the pool when the context ends: the Close goes,
// the goroutine stays.
func closeOnDone(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	go func() {
		<-ctx.Done()
		conn.Close()
	}()
	return conn.PingContext(ctx)
}

// Twin: a method returns the pool to its callers.
func (a *aHolder) open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}
