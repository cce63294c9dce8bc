package app

import (
	"context"
	"database/sql"
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"

	"repeated/db"
)

func Users(w http.ResponseWriter, r *http.Request) {
	conn, _ := sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `^sql\.Open runs on every request to Users: each call opens a new pool; use db\.Pool instead$`
	defer conn.Close()
}

type server struct{}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_ = redis.NewClient(&redis.Options{}) // want `redis\.NewClient runs on every request to ServeHTTP`
}

func routes(ctx context.Context) {
	http.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {
		_, _ = db.New(r.Context(), "url") // want `^db\.New runs on every request to an HTTP handler: each call opens a new pool; create it once and share it$`
		go func() {
			_, _ = sql.Open("postgres", "dsn") // want `sql\.Open runs in a goroutine that runs on every request to an HTTP handler`
		}()
	})
	g := gin.Default()
	g.GET("/g", func(c *gin.Context) {
		_ = redis.NewClient(&redis.Options{}) // want `redis\.NewClient runs on every request to a gin handler`
	})
	// Dependency injection from main: the sanctioned constructor, once.
	pool, _ := db.New(ctx, os.Getenv("DATABASE_URL"))
	_ = pool
	_ = db.Get() // a getter
}

func echoHandler(c echo.Context) error {
	_ = redis.NewClient(&redis.Options{}) // want `redis\.NewClient runs on every request to echoHandler`
	return nil
}

func fiberHandler(c *fiber.Ctx) error {
	_ = redis.NewClient(&redis.Options{}) // want `redis\.NewClient runs on every request to fiberHandler`
	return nil
}

// gRPC service methods run once per call.
type UnimplementedUsersServer struct{}

type usersServer struct {
	UnimplementedUsersServer
}

type GetRequest struct{}
type GetReply struct{}

func (s *usersServer) Get(ctx context.Context, req *GetRequest) (*GetReply, error) {
	_, _ = db.New(ctx, "url") // want `db\.New runs on every call to Get`
	return nil, nil
}

func loops(ctx context.Context, dsns []string) {
	for i := 0; i < 10; i++ {
		_, _ = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `sql\.Open runs on every iteration of the loop at line 72`
	}
	// One pool per database: the arguments change with each iteration.
	for _, dsn := range dsns {
		p, _ := sql.Open("postgres", dsn) // want `^sql\.Open creates a new connection pool outside`
		_ = p
	}
	// A retry loop stops at the first success.
	var p *sql.DB
	for attempt := 0; attempt < 3; attempt++ {
		var err error
		p, err = sql.Open("postgres", os.Getenv("DATABASE_URL")) // want `^sql\.Open creates a new connection pool outside`
		if err == nil {
			break
		}
		time.Sleep(time.Second)
	}
	_ = p
	// A closure defined in a loop but called elsewhere runs once per call.
	var fs []func()
	for range dsns {
		fs = append(fs, func() { _, _ = sql.Open("a", "b") }) // want `^sql\.Open creates a new connection pool outside`
	}
}

// Closing the shared pool outside the sanctioned package breaks every user.
func shutdown() {
	db.Pool.Close() // want `^db\.Pool\.Close closes the shared pool for every other user; leave closing it to the sanctioned package repeated/db$`
	p := db.Pool
	defer p.Close()      // want `db\.Pool\.Close closes the shared pool`
	_ = db.Get().Close() // want `db\.Get\(\)\.Close closes the shared pool`
	_ = db.Close()       // the sanctioned package's own shutdown
	_ = db.Pool.Ping()
}
