// Package cmds is a minimal stub of github.com/redis/rueidis@v1.0.79 for poolcheck's tests.
package cmds

type CommandSlice struct {
	s []string
}

type Completed struct {
	cs *CommandSlice
	cf uint16
	ks uint16
}

type Cacheable Completed

type Builder struct {
	ks uint16
}

type Ping Completed

func (b Builder) Ping() (c Ping) { return }

func (c Ping) Build() Completed { return Completed(c) }
