// Package conf is a local package without a dot in its path.
package conf

// RedisAddr is configured at build time.
var RedisAddr = "localhost:6379"
