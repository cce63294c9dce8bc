// Package esapi is a minimal stub of github.com/elastic/go-elasticsearch/v8@v8.19.7 for poolcheck's tests.
package esapi

type API struct{}
