// Command worker processes queued jobs with the shared pool: it opens no
// pool of its own, so one worker process holds at most the shared pool's
// 20 connections (poolcheck -budget ./example/...).
package main

import (
	"context"
	"log"
	"time"

	"github.com/poolcheck/poolcheck/example/internal/db"
)

func main() {
	defer db.Close()
	ctx := context.Background()
	for {
		if err := processNext(ctx); err != nil {
			log.Print(err)
		}
		time.Sleep(time.Second)
	}
}

// processNext marks the oldest pending job done.
func processNext(ctx context.Context) error {
	_, err := db.Pool.ExecContext(ctx, "update jobs set done = true where id = (select min(id) from jobs where not done)")
	return err
}
