// Package pq is a minimal stub of github.com/lib/pq@v1.12.3 for poolcheck's tests.
package pq

import (
	"context"
	"database/sql/driver"
	"net"
	"time"
)

type Driver struct{}

func (d Driver) Open(name string) (driver.Conn, error) { return nil, nil }

type Dialer interface {
	Dial(network, address string) (net.Conn, error)
	DialTimeout(network, address string, timeout time.Duration) (net.Conn, error)
}

func Open(dsn string) (_ driver.Conn, err error) { return nil, nil }

func DialOpen(d Dialer, dsn string) (_ driver.Conn, err error) { return nil, nil }

type Config struct {
	Host     string `postgres:"host" env:"PGHOST"`
	Port     uint16 `postgres:"port" env:"PGPORT"`
	Database string `postgres:"dbname" env:"PGDATABASE"`
	User     string `postgres:"user" env:"PGUSER"`
	Password string `postgres:"password" env:"PGPASSWORD"`
}

func NewConfig(dsn string) (Config, error) { return Config{}, nil }

type Connector struct {
	dialer Dialer
}

func NewConnector(dsn string) (*Connector, error) { return nil, nil }

func NewConnectorConfig(cfg Config) (*Connector, error) { return nil, nil }

func (c *Connector) Connect(ctx context.Context) (driver.Conn, error) { return nil, nil }

func (c *Connector) Dialer(dialer Dialer) { c.dialer = dialer }

func (c *Connector) Driver() driver.Driver { return &Driver{} }

type Error struct {
	Severity string
	Message  string
}

func (e *Error) Error() string { return e.Message }

type Notification struct {
	BePid   int
	Channel string
	Extra   string
}

type NoticeHandlerConnector struct {
	driver.Connector
	noticeHandler func(*Error)
}

func (n *NoticeHandlerConnector) Connect(ctx context.Context) (driver.Conn, error) { return nil, nil }

func ConnectorWithNoticeHandler(c driver.Connector, handler func(*Error)) *NoticeHandlerConnector {
	return nil
}

type NotificationHandlerConnector struct {
	driver.Connector
	notificationHandler func(*Notification)
}

func (n *NotificationHandlerConnector) Connect(ctx context.Context) (driver.Conn, error) {
	return nil, nil
}

func ConnectorWithNotificationHandler(c driver.Connector, handler func(*Notification)) *NotificationHandlerConnector {
	return nil
}

type ListenerConn struct{}

func NewListenerConn(name string, notificationChan chan<- *Notification) (*ListenerConn, error) {
	return nil, nil
}

func (l *ListenerConn) Close() error { return nil }

type ListenerEventType int

type EventCallbackType func(event ListenerEventType, err error)

type Listener struct{}

func NewListener(dsn string, minReconnect, maxReconnect time.Duration, cb EventCallbackType) *Listener {
	return nil
}

func NewDialListener(d Dialer, dsn string, minReconnect, maxReconnect time.Duration, cb EventCallbackType) *Listener {
	return nil
}

func (l *Listener) NotificationChannel() <-chan *Notification { return nil }

func (l *Listener) Listen(channel string) error { return nil }

func (l *Listener) Ping() error { return nil }

func (l *Listener) Close() error { return nil }
