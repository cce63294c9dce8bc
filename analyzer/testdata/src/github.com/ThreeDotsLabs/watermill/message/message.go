// Package message is a stub of github.com/ThreeDotsLabs/watermill/message.
package message

type Message struct {
	Payload []byte
}

type HandlerFunc func(msg *Message) ([]*Message, error)

type NoPublishHandlerFunc func(msg *Message) error
