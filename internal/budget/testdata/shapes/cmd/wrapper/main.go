// Command wrapper calls a wrapper twice: two pools of five.
package main

import "example.com/shapes/internal/store"

func main() {
	primary, _ := store.Open("postgres://primary/app")
	replica, _ := store.Open("postgres://replica/app")
	defer primary.Close()
	defer replica.Close()
}
