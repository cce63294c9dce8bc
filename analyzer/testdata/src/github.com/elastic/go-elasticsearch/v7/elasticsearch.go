// Package elasticsearch is a minimal stub of github.com/elastic/go-elasticsearch/v7@v7.17.10 for poolcheck's tests.
package elasticsearch

import (
	"net/http"

	"github.com/elastic/go-elasticsearch/v7/esapi"
	"github.com/elastic/go-elasticsearch/v7/estransport"
)

type Config struct {
	Addresses []string
	Username  string
	Password  string

	CloudID string
	APIKey  string

	Transport http.RoundTripper
}

type Client struct {
	*esapi.API
	Transport estransport.Interface
}

func NewDefaultClient() (*Client, error) { return nil, nil }

func NewClient(cfg Config) (*Client, error) { return nil, nil }

func (c *Client) Perform(req *http.Request) (*http.Response, error) { return nil, nil }
