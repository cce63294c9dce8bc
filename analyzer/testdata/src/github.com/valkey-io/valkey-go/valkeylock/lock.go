// Package valkeylock is a minimal stub of github.com/valkey-io/valkey-go@v1.0.79 for poolcheck's tests.
package valkeylock

import (
	"context"
	"time"

	"github.com/valkey-io/valkey-go"
)

type LockerOption struct {
	ClientBuilder  func(option valkey.ClientOption) (valkey.Client, error)
	KeyPrefix      string
	ClientOption   valkey.ClientOption
	KeyValidity    time.Duration
	ExtendInterval time.Duration
	TryNextAfter   time.Duration
	KeyMajority    int32
	NoLoopTracking bool
	FallbackSETPX  bool
}

type Locker interface {
	WithContext(ctx context.Context, name string) (context.Context, context.CancelFunc, error)
	TryWithContext(ctx context.Context, name string) (context.Context, context.CancelFunc, error)
	ForceWithContext(ctx context.Context, name string) (context.Context, context.CancelFunc, error)
	Client() valkey.Client
	Close()
}

func NewLocker(option LockerOption) (Locker, error) { return nil, nil }
