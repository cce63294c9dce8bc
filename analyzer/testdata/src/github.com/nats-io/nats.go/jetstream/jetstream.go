// Package jetstream is a stub of github.com/nats-io/nats.go/jetstream.
package jetstream

type Msg interface {
	Data() []byte
	Ack() error
}

type MessageHandler func(msg Msg)

type Consumer interface {
	Consume(handler MessageHandler) (ConsumeContext, error)
}

type ConsumeContext interface{ Stop() }
