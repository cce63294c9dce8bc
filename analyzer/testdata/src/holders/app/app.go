package app

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"

	"holders/db"
)

func Users(c *gin.Context) {
	cl, _ := db.NewFromURL("postgres://") // want `^db\.NewFromURL runs on every request to Users: each call opens a new pool; create it once and share it$`
	_ = cl
	st, _ := db.NewStore(context.Background(), "postgres://") // want `^db\.NewStore runs on every request to Users`
	_ = st
	// Negatives: a wrapper of the shared pool, a getter, a config parser.
	_ = db.NewRepo(db.Pool)
	_ = db.Default()
	_, _ = db.ParseConfig("x")
}

// Once, from main: dependency injection.
func Main(ctx context.Context) {
	cl, _ := db.NewFromURL("postgres://")
	_ = cl
	http.ListenAndServe(":8080", nil)
}
