// Package esapi is a minimal stub of github.com/elastic/go-elasticsearch/v7@v7.17.10 for poolcheck's tests.
package esapi

type API struct{}
