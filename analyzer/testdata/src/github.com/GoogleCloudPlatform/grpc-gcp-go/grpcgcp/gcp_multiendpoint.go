// Package grpcgcp is a minimal stub of github.com/GoogleCloudPlatform/grpc-gcp-go/grpcgcp@v1.6.0 for poolcheck's tests.
package grpcgcp

type GCPMultiEndpoint struct {
	defaultME string
}

func (gme *GCPMultiEndpoint) Close() error { return nil }

type GCPMultiEndpointOptions struct {
	Default string
}
