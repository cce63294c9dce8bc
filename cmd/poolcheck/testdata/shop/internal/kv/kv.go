// Package kv is the shop's key-value client library; kv.Dial is a
// constructor only with -constructors=example.com/shop/internal/kv.Dial.
package kv

// Client holds a pool of connections to the key-value store.
type Client struct{ addr string }

// Dial returns a client with its own pool.
func Dial(addr string) *Client { return &Client{addr: addr} }
