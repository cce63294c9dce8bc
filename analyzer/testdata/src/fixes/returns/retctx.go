package returns

import (
	"context"
	"os"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// A DSN local and ctx, cancel := feeding return C (the shape whose dead
// locals used to break the build): returned, so no fix.
func openPG() (*pgxpool.Pool, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	dsn := os.Getenv("DATABASE_URL")
	return pgxpool.New(ctx, dsn) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}

func pingPG(ctx context.Context) error {
	p, err := openPG()
	if err != nil {
		return err
	}
	return p.Ping(ctx)
}

// The caller closes what it gets, which would be the shared pool.
func openPGClosed() (*pgxpool.Pool, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	dsn := os.Getenv("DATABASE_URL")
	return pgxpool.New(ctx, dsn) // want `\(no fix: the pool is returned, and its callers \(tests included\) may close it\)$`
}

func pingPGClosed(ctx context.Context) error {
	p, err := openPGClosed()
	if err != nil {
		return err
	}
	defer p.Close()
	return p.Ping(ctx)
}
