// Package options is a minimal stub of go.mongodb.org/mongo-driver@v1.17.10 for poolcheck's tests.
package options

import "time"

type Credential struct {
	AuthMechanism           string
	AuthMechanismProperties map[string]string
	AuthSource              string
	Username                string
	Password                string
	PasswordSet             bool
}

type ClientOptions struct {
	AppName        *string
	Auth           *Credential
	ConnectTimeout *time.Duration
	Hosts          []string
	MaxPoolSize    *uint64
	MinPoolSize    *uint64
}

func Client() *ClientOptions { return new(ClientOptions) }

func (c *ClientOptions) ApplyURI(uri string) *ClientOptions { return c }

func (c *ClientOptions) SetAuth(auth Credential) *ClientOptions { return c }

func (c *ClientOptions) SetHosts(s []string) *ClientOptions { return c }

func (c *ClientOptions) SetMaxPoolSize(u uint64) *ClientOptions { return c }

func (c *ClientOptions) SetMinPoolSize(u uint64) *ClientOptions { return c }

type DatabaseOptions struct{}

func Database() *DatabaseOptions { return &DatabaseOptions{} }

type CollectionOptions struct{}

func Collection() *CollectionOptions { return &CollectionOptions{} }
