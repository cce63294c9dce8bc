// Package concurrency is a minimal stub of go.etcd.io/etcd/client/v3@v3.7.3 for poolcheck's tests.
package concurrency

import (
	"context"

	"go.uber.org/zap"

	v3 "go.etcd.io/etcd/client/v3"
)

type Session struct {
	client *v3.Client
	opts   *sessionOptions
	id     v3.LeaseID

	ctx    context.Context
	cancel context.CancelFunc
	donec  <-chan struct{}
}

type sessionOptions struct {
	ttl int
	ctx context.Context
}

type SessionOption func(*sessionOptions, *zap.Logger)

func NewSession(client *v3.Client, opts ...SessionOption) (*Session, error) { return nil, nil }

func (s *Session) Client() *v3.Client { return s.client }

func (s *Session) Lease() v3.LeaseID { return s.id }

func (s *Session) Close() error { return nil }

func WithTTL(ttl int) SessionOption { return nil }

func WithContext(ctx context.Context) SessionOption { return nil }
