// Package scopes covers the functions that frameworks call once per
// request, message or task, recognised by type: gRPC interceptors,
// message-consumer callbacks, gqlgen resolvers, session providers.
package scopes

import (
	"context"
	"database/sql"

	"cloud.google.com/go/pubsub"
	"github.com/99designs/gqlgen/graphql"
	"github.com/IBM/sarama"
	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/astaxie/beego/session"
	"github.com/hibiken/asynq"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/grpc"
)

func open() *sql.DB {
	d, _ := sql.Open("postgres", "dsn")
	return d
}

// gRPC interceptors, declared and literal.
func authUnary(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	_ = open() // want `^open runs on every call to authUnary: each call opens a new pool \(via sql\.Open\)`
	return handler(ctx, req)
}

var streamOpt = grpc.StreamInterceptor(func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
	_ = open() // want `^open runs on every call to a gRPC interceptor`
	return handler(srv, ss)
})

func clientUnary(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	_ = open() // want `^open runs on every call to clientUnary`
	return invoker(ctx, method, req, reply, cc, opts...)
}

// Message consumers.
func subscribe(nc *nats.Conn, cons jetstream.Consumer, sub *pubsub.Subscription, mux *asynq.ServeMux) {
	nc.Subscribe("orders", func(m *nats.Msg) {
		_ = open() // want `^open runs on every message to a NATS handler`
	})
	cons.Consume(func(m jetstream.Msg) {
		_ = open() // want `^open runs on every message to a JetStream handler`
	})
	sub.Receive(context.Background(), func(ctx context.Context, m *pubsub.Message) {
		_ = open() // want `^open runs on every message to a Pub/Sub handler`
	})
	mux.HandleFunc("email", func(ctx context.Context, t *asynq.Task) error {
		_ = open() // want `^open runs on every task to an asynq handler`
		return nil
	})
	// The subscription itself is set up once.
	_ = open()
}

func onEvent(msg *message.Message) error {
	_ = open() // want `^open runs on every message to onEvent`
	return nil
}

type consumer struct{}

func (consumer) Setup(sarama.ConsumerGroupSession) error   { _ = open(); return nil }
func (consumer) Cleanup(sarama.ConsumerGroupSession) error { return nil }
func (consumer) ConsumeClaim(s sarama.ConsumerGroupSession, c sarama.ConsumerGroupClaim) error {
	for m := range c.Messages() {
		_ = open() // want `^open runs on every iteration of the loop at line 71`
		s.MarkMessage(m, "")
	}
	_ = open() // want `^open runs on every call to ConsumeClaim`
	return nil
}

// gqlgen: generated interfaces in a package that imports gqlgen/graphql.
var _ graphql.ExecutableSchema

type QueryResolver interface {
	Users(ctx context.Context) ([]string, error)
}

type Resolver struct{}

type queryResolver struct{ *Resolver }

func (r *queryResolver) Users(ctx context.Context) ([]string, error) {
	_ = open() // want `^open runs on every call to Users`
	return nil, nil
}

// Not a resolver method: no interface declares it.
func (r *queryResolver) helper(ctx context.Context) { _ = open() }

// A beego session provider: every method but SessionInit runs per request.
type Provider struct{}

func (p *Provider) SessionInit(gc int64, cfg string) error { _ = open(); return nil }
func (p *Provider) SessionRead(sid string) (session.Store, error) {
	_ = open() // want `^open runs on every call to SessionRead`
	return nil, nil
}
func (p *Provider) SessionExist(sid string) bool                           { return false }
func (p *Provider) SessionRegenerate(o, sid string) (session.Store, error) { return nil, nil }
func (p *Provider) SessionDestroy(sid string) error                        { return nil }
func (p *Provider) SessionAll() int                                        { return 0 }
func (p *Provider) SessionGC()                                             {}

var _ session.Provider = (*Provider)(nil)
