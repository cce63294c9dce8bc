package crash

import "context"
import "database/sql"
import "os"

// One import declaration per line, and the one that becomes unused (os)
// is the last, after which the new import goes.
func perLine(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
