// Command initvar uses the pool a package variable opens in init.
package main

import "example.com/shapes/internal/store"

func main() {
	_ = store.Pool.Ping()
}
