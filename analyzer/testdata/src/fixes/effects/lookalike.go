package effects

import (
	"context"
	"database/sql"
	env "os"
)

// os imported under another name: env.Getenv is os.Getenv.
func aliasedOS(ctx context.Context) error {
	conn, err := sql.Open("postgres", env.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}

// Getenv is a look-alike that names another database.
func Getenv(key string) string { return "postgres://replica/" + key }

// Twin: the look-alike is not os.Getenv.
func lookalikeGetenv(ctx context.Context) error {
	conn, err := sql.Open("postgres", Getenv("DATABASE_URL")) // want `\(no fix: its configuration \(Getenv\("DATABASE_URL"\)\) may differ from the shared pool's\)$`
	if err != nil {
		return err
	}
	return conn.PingContext(ctx)
}
