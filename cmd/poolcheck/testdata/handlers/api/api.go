// Package api serves requests through net/http, gin and gRPC, and opens a
// pool in each handler: -inventory must mark the same handlers as the
// findings (TestInventoryHandlers).
package api

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Health is a net/http handler.
func Health(w http.ResponseWriter, r *http.Request) {
	db, _ := sql.Open("postgres", "health")
	_ = db
}

// ListUsers is a gin handler.
func ListUsers(c *gin.Context) {
	db, _ := sql.Open("postgres", "users")
	_ = db
}

// Routes registers a gin handler written as a literal.
func Routes(r *gin.Engine) {
	r.GET("/orders", func(c *gin.Context) {
		db, _ := sql.Open("postgres", "orders")
		_ = db
	})
}

// UnimplementedUsersServer stands for the type protoc-gen-go-grpc
// generates; embedding it marks a gRPC service implementation.
type UnimplementedUsersServer struct{}

type GetUserRequest struct{ ID int }

type User struct{ Name string }

type usersServer struct {
	UnimplementedUsersServer
}

// GetUser is a gRPC method.
func (s *usersServer) GetUser(ctx context.Context, req *GetUserRequest) (*User, error) {
	db, err := sql.Open("postgres", "grpc")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	return &User{}, nil
}

// Setup runs once, from main: not a handler.
func Setup() *sql.DB {
	db, _ := sql.Open("postgres", "setup")
	return db
}

// lookup takes a gin context and more: not a handler signature.
func lookup(c *gin.Context, id int) *sql.DB {
	db, _ := sql.Open("postgres", "lookup")
	return db
}
