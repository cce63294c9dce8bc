// Package gocql is a minimal stub of github.com/gocql/gocql@v1.7.0 for poolcheck's tests.
package gocql

import "time"

type Consistency uint16

const (
	Any    Consistency = 0x00
	One    Consistency = 0x01
	Quorum Consistency = 0x04
)

type Authenticator interface {
	Challenge(req []byte) (resp []byte, auth Authenticator, err error)
	Success(data []byte) error
}

type PasswordAuthenticator struct {
	Username              string
	Password              string
	AllowedAuthenticators []string
}

type ClusterConfig struct {
	Hosts          []string
	CQLVersion     string
	ProtoVersion   int
	Timeout        time.Duration
	ConnectTimeout time.Duration
	Port           int
	Keyspace       string
	NumConns       int
	Consistency    Consistency
	Authenticator  Authenticator
}

func NewCluster(hosts ...string) *ClusterConfig { return &ClusterConfig{Hosts: hosts} }

func (cfg *ClusterConfig) CreateSession() (*Session, error) { return nil, nil }

type Session struct {
	cfg ClusterConfig
}

func NewSession(cfg ClusterConfig) (*Session, error) { return nil, nil }

func (s *Session) Query(stmt string, values ...interface{}) *Query { return &Query{stmt: stmt} }

func (s *Session) Close() {}

type Query struct {
	stmt string
}

func (q *Query) Exec() error { return nil }
