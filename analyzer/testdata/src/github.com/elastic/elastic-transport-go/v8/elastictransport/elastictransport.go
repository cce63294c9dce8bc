// Package elastictransport is a minimal stub of github.com/elastic/elastic-transport-go/v8@v8.9.0 for poolcheck's tests.
package elastictransport

import "net/http"

type Interface interface {
	Perform(*http.Request) (*http.Response, error)
}
