// Package goline holds the first crash shape of issue 11: a one-line
// goroutine literal with the construction and its defer Close on the same
// line, so that deleting the Close's line would overlap the replacement.
package goline

import (
	"database/sql"
	"os"

	"github.com/redis/go-redis/v9"
)

func spawn() {
	go func() { c, _ := sql.Open("postgres", os.Getenv("DATABASE_URL")); defer c.Close() }()
}

func spawnPing() {
	go func() { c, _ := sql.Open("pg", os.Getenv("DB")); defer c.Close(); c.Ping() }()
}

func spawnErr() {
	go func() { c, err := sql.Open("pg", os.Getenv("DB")); defer c.Close(); _ = err }()
}

func spawnRedis() {
	go func() { c := redis.NewClient(&redis.Options{Addr: os.Getenv("A")}); defer c.Close() }()
}

func deferOneLine() { c, _ := sql.Open("pg", os.Getenv("DB")); defer func() { c.Close() }(); c.Ping() }
