// Package viaapi is inside the tree and may import the store, but sees it
// only through api: analysed alone it could not name it, so no host
// offers a fix.
package viaapi

import (
	"context"
	"database/sql"
	"os"

	"internalfix/tree/api"
)

var _ = api.Open

func ping(ctx context.Context) error {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: this package does not import internalfix/tree/internal/store, which holds the -shared accessors\)$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
