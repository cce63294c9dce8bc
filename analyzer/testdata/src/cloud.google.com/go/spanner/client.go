// Package spanner is a minimal stub of cloud.google.com/go/spanner@v1.96.1 for poolcheck's tests.
package spanner

import (
	"context"
	"time"

	"github.com/GoogleCloudPlatform/grpc-gcp-go/grpcgcp"
	"google.golang.org/api/option"
)

type SessionPoolConfig struct {
	MaxOpened           uint64
	MinOpened           uint64
	MaxIdle             uint64
	MaxBurst            uint64
	WriteSessions       float64
	HealthCheckWorkers  int
	HealthCheckInterval time.Duration
}

type ClientConfig struct {
	NumChannels int

	SessionPoolConfig

	SessionLabels map[string]string

	UserAgent string

	DatabaseRole string

	DisableRouteToLeader bool
}

type Client struct {
	database string
}

type ReadOnlyTransaction struct {
	singleUse bool
}

func (c *Client) DatabaseName() string { return c.database }

func NewClient(ctx context.Context, database string, opts ...option.ClientOption) (*Client, error) {
	return nil, nil
}

func NewClientWithConfig(ctx context.Context, database string, config ClientConfig, opts ...option.ClientOption) (c *Client, err error) {
	return nil, nil
}

func NewMultiEndpointClient(ctx context.Context, database string, gmeCfg *grpcgcp.GCPMultiEndpointOptions, opts ...option.ClientOption) (*Client, *grpcgcp.GCPMultiEndpoint, error) {
	return nil, nil, nil
}

func NewMultiEndpointClientWithConfig(ctx context.Context, database string, config ClientConfig, gmeCfg *grpcgcp.GCPMultiEndpointOptions, opts ...option.ClientOption) (c *Client, gme *grpcgcp.GCPMultiEndpoint, err error) {
	return nil, nil, nil
}

func (c *Client) Close() {}

func (c *Client) Single() *ReadOnlyTransaction { return &ReadOnlyTransaction{singleUse: true} }

func (c *Client) ReadOnlyTransaction() *ReadOnlyTransaction { return &ReadOnlyTransaction{} }
