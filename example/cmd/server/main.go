// Command server wires the routes to the shared pool.
package main

import (
	"log"
	"net/http"

	"github.com/poolcheck/poolcheck/example/handlers"
	"github.com/poolcheck/poolcheck/example/internal/db"
)

func main() {
	defer db.Close()
	http.HandleFunc("/users", handlers.Users)
	http.HandleFunc("/orders", handlers.Orders)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
