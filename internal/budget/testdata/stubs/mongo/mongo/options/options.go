// Package options is a stub of go.mongodb.org/mongo-driver/mongo/options.
package options

type ClientOptions struct {
	URI         string
	MaxPoolSize *uint64
}

func Client() *ClientOptions { return &ClientOptions{} }

func (c *ClientOptions) ApplyURI(uri string) *ClientOptions { c.URI = uri; return c }

func (c *ClientOptions) SetMaxPoolSize(u uint64) *ClientOptions { c.MaxPoolSize = &u; return c }
