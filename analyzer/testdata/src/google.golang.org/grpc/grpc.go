// Package grpc is a stub of google.golang.org/grpc: the interceptor types.
package grpc

import "context"

type UnaryServerInfo struct {
	Server     any
	FullMethod string
}

type UnaryHandler func(ctx context.Context, req any) (any, error)

type UnaryServerInterceptor func(ctx context.Context, req any, info *UnaryServerInfo, handler UnaryHandler) (resp any, err error)

type ServerStream interface{ Context() context.Context }

type StreamServerInfo struct {
	FullMethod     string
	IsClientStream bool
	IsServerStream bool
}

type StreamHandler func(srv any, stream ServerStream) error

type StreamServerInterceptor func(srv any, ss ServerStream, info *StreamServerInfo, handler StreamHandler) error

type ClientConn struct{}

type CallOption interface{}

type UnaryInvoker func(ctx context.Context, method string, req, reply any, cc *ClientConn, opts ...CallOption) error

type UnaryClientInterceptor func(ctx context.Context, method string, req, reply any, cc *ClientConn, invoker UnaryInvoker, opts ...CallOption) error

type ServerOption interface{}

func UnaryInterceptor(i UnaryServerInterceptor) ServerOption   { return nil }
func StreamInterceptor(i StreamServerInterceptor) ServerOption { return nil }
