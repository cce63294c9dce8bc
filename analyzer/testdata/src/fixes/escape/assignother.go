package escape

import (
	"context"
	"database/sql"
	"os"
)

// Read-only method calls inside a goroutine are still read-only: fix.
func inGoroutine(ctx context.Context) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `use db\.Pool instead$`
	if err != nil {
		return
	}
	go func() { _ = conn.PingContext(ctx) }()
}

// Twins: the pool reaches another variable, a pointer, a channel, a map,
// a slice or an interface, where anything may close it.
func copied() int {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is assigned to another variable\)$`
	if err != nil {
		return 0
	}
	alias := conn
	return alias.Stats().Idle
}

func addressTaken() bool {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool's address is taken\)$`
	if err != nil {
		return false
	}
	p := &conn
	return p != nil
}

func sent(ch chan<- *sql.DB) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is sent on a channel\)$`
	if err != nil {
		return
	}
	ch <- conn
}

func inMap(m map[string]*sql.DB) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in a map, slice or interface\)$`
	if err != nil {
		return
	}
	m["main"] = conn
}

func inSlice() int {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is stored in a map, slice or interface\)$`
	if err != nil {
		return 0
	}
	pools := []*sql.DB{conn}
	return len(pools)
}

func inInterface() bool {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is assigned to another variable\)$`
	if err != nil {
		return false
	}
	var v any = conn
	return v != nil
}

// must(C): the construction itself is passed to a call.
func must(db *sql.DB, err error) *sql.DB {
	if err != nil {
		panic(err)
	}
	return db
}

func mustOpen() int {
	conn := must(sql.Open("postgres", os.Getenv("DATABASE_URL"))) // want `\(no fix: the pool is passed to must, which may close or tune it\)$`
	return conn.Stats().Idle
}

// Twin: the pool as a map key, where a range over the map reaches it.
func mapKey(seen map[*sql.DB]bool) {
	conn, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `\(no fix: the pool is a key of map seen\)$`
	if err != nil {
		return
	}
	seen[conn] = true
}
