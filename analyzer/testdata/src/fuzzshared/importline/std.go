package importline

// Only standard-library imports, one declaration per line; the last one
// (os) becomes unused and the new import has no group to join.

import "context"
import "database/sql"
import "os"

func pingSQL(ctx context.Context) error {
	c, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	return c.PingContext(ctx)
}
