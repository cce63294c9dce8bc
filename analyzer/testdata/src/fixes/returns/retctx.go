package returns

import (
	"context"
	"os"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// A DSN local and ctx, cancel := feeding return C: the DSN goes, the
// context call stays for cancel.
func openPG() (*pgxpool.Pool, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	dsn := os.Getenv("DATABASE_URL")
	return pgxpool.New(ctx, dsn) // want `use db\.PG instead$`
}

func pingPG(ctx context.Context) error {
	p, err := openPG()
	if err != nil {
		return err
	}
	return p.Ping(ctx)
}

// Twin: the caller closes what it gets, which would be the shared pool.
func openPGClosed() (*pgxpool.Pool, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	dsn := os.Getenv("DATABASE_URL")
	return pgxpool.New(ctx, dsn) // want `\(no fix: the pool is returned by openPGClosed and there the pool is closed in a form the fix cannot remove\)$`
}

func pingPGClosed(ctx context.Context) error {
	p, err := openPGClosed()
	if err != nil {
		return err
	}
	defer p.Close()
	return p.Ping(ctx)
}
