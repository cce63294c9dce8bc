// Package elasticsearch is a minimal stub of github.com/elastic/go-elasticsearch/v8@v8.19.7 for poolcheck's tests.
package elasticsearch

type Option struct {
	apply func(*clientOptions) error
}

type clientOptions struct {
	addresses []string
	cloudID   string
}

func WithAddresses(addrs ...string) Option { return Option{} }

func WithCloudID(cloudID string) Option { return Option{} }

func WithAPIKey(apiKey string) Option { return Option{} }

func WithBasicAuth(username, password string) Option { return Option{} }
