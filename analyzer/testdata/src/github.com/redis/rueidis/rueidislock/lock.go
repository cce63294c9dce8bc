// Package rueidislock is a minimal stub of github.com/redis/rueidis@v1.0.79 for poolcheck's tests.
package rueidislock

import (
	"context"
	"time"

	"github.com/redis/rueidis"
)

type LockerOption struct {
	ClientBuilder  func(option rueidis.ClientOption) (rueidis.Client, error)
	KeyPrefix      string
	ClientOption   rueidis.ClientOption
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
	Client() rueidis.Client
	Close()
}

func NewLocker(option LockerOption) (Locker, error) { return nil, nil }
