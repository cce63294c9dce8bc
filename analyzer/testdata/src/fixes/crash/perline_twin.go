package crash

import "context"
import "database/sql"
import "os"

// Twin: one import per line and a hard-coded DSN; no fix, and no crash.
func perLineReplica(ctx context.Context) error {
	conn, err := sql.Open("postgres", "postgres://replica/app") // want `\(no fix: the hard-coded "postgres://replica/app" may name another database\)$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

var _ = os.Getenv
