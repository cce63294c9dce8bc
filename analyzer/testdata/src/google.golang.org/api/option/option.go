// Package option is a minimal stub of google.golang.org/api@v0.288.0 for poolcheck's tests.
package option

import "google.golang.org/api/internal"

type ClientOption interface {
	Apply(*internal.DialSettings)
}

type withEndpoint string

func (w withEndpoint) Apply(o *internal.DialSettings) { o.Endpoint = string(w) }

func WithCredentialsFile(filename string) ClientOption { return withEndpoint("") }

func WithEndpoint(url string) ClientOption { return withEndpoint(url) }

func WithGRPCConnectionPool(size int) ClientOption { return withEndpoint("") }

func WithoutAuthentication() ClientOption { return withEndpoint("") }
