// Package options is a minimal stub of go.mongodb.org/mongo-driver/v2@v2.10.0 for poolcheck's tests.
package options

import "time"

type Lister[T any] interface {
	List() []func(*T) error
}

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

type DatabaseOptionsBuilder struct {
	Opts []func(*DatabaseOptions) error
}

func Database() *DatabaseOptionsBuilder { return &DatabaseOptionsBuilder{} }

func (d *DatabaseOptionsBuilder) List() []func(*DatabaseOptions) error { return d.Opts }

type CollectionOptions struct{}

type CollectionOptionsBuilder struct {
	Opts []func(*CollectionOptions) error
}

func Collection() *CollectionOptionsBuilder { return &CollectionOptionsBuilder{} }

func (c *CollectionOptionsBuilder) List() []func(*CollectionOptions) error { return c.Opts }
