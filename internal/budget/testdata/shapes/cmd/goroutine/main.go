// Command goroutine starts workers in a loop; each opens its own pool.
package main

import "github.com/redis/go-redis/v9"

func worker(id int) {
	c := redis.NewClient(&redis.Options{Addr: "cache:6379", PoolSize: 2})
	defer c.Close()
}

func main() {
	for i := 0; i < 8; i++ {
		go worker(i)
	}
	select {}
}
