// Package estransport is a minimal stub of github.com/elastic/go-elasticsearch/v7@v7.17.10 for poolcheck's tests.
package estransport

import "net/http"

type Interface interface {
	Perform(*http.Request) (*http.Response, error)
}
