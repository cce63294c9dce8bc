// Package rueidiscompat is a minimal stub of github.com/redis/rueidis/rueidiscompat@v1.0.79 for poolcheck's tests.
package rueidiscompat

import (
	"context"

	"github.com/redis/rueidis"
)

type StringCmd struct {
	err error
	val string
}

func (cmd *StringCmd) Err() error { return cmd.err }

func (cmd *StringCmd) Result() (string, error) { return cmd.val, cmd.err }

type StatusCmd = StringCmd

type CoreCmdable interface {
	Ping(ctx context.Context) *StatusCmd
}

type Cmdable interface {
	CoreCmdable

	Client() rueidis.Client
}

type Compat struct {
	client rueidis.Client
}

func (c *Compat) Ping(ctx context.Context) *StatusCmd { return &StatusCmd{} }

func (c *Compat) Client() rueidis.Client { return c.client }

type AdapterOption func(c *Compat)

func NewAdapter(client rueidis.Client, options ...AdapterOption) Cmdable {
	return &Compat{client: client}
}
