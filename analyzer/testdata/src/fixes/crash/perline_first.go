package crash

import "os"
import "context"
import "github.com/jackc/pgx/v5/pgxpool"

// One import per line, the dotted one last and unused after the fix: the
// new import takes its place.
func perLineFirst(ctx context.Context) error {
	p, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL")) // want `use db\.PG instead$`
	if err != nil {
		return err
	}
	return p.Ping(ctx)
}
