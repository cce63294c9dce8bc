// Package elasticsearch is a minimal stub of github.com/elastic/go-elasticsearch/v8@v8.19.7 for poolcheck's tests.
package elasticsearch

import (
	"context"
	"net/http"
	"time"

	"github.com/elastic/elastic-transport-go/v8/elastictransport"
	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/elastic/go-elasticsearch/v8/typedapi"
)

type Config struct {
	Addresses []string
	Username  string
	Password  string

	CloudID      string
	APIKey       string
	ServiceToken string

	Header http.Header

	CACert []byte

	MaxRetries int

	DiscoverNodesOnStart  bool
	DiscoverNodesInterval time.Duration

	Transport http.RoundTripper
}

type BaseClient struct {
	Transport elastictransport.Interface
}

type Client struct {
	BaseClient
	*esapi.API
}

type TypedClient struct {
	BaseClient
	*typedapi.API
}

func NewBaseClient(cfg Config) (*BaseClient, error) { return nil, nil }

func NewDefaultClient() (*Client, error) { return nil, nil }

func NewClient(cfg Config) (*Client, error) { return nil, nil }

func NewTypedClient(cfg Config) (*TypedClient, error) { return nil, nil }

func New(opts ...Option) (*Client, error) { return nil, nil }

func NewBase(opts ...Option) (*BaseClient, error) { return nil, nil }

func NewTyped(opts ...Option) (*TypedClient, error) { return nil, nil }

func NewTypedFrom(c *Client) *TypedClient {
	return &TypedClient{BaseClient: BaseClient{Transport: c.Transport}}
}

func (c *BaseClient) Perform(req *http.Request) (*http.Response, error) { return nil, nil }

func (c *BaseClient) Close(ctx context.Context) error { return nil }
