package analyzer

import (
	"go/ast"
	"go/types"
	"strings"
)

// This file knows which functions a framework calls once per request,
// message or task: the request scope. Every shape is recognised by the
// types of its parameters or by the interface its receiver implements,
// never by its name.
//
// Middleware needs no case of its own: the body of a
// func(next http.Handler) http.Handler (or echo's
// func(echo.HandlerFunc) echo.HandlerFunc) runs once, when the route is
// set up, and the handler literal it returns is a request handler by its
// own type. A construction in the middleware's body is therefore not
// reported as per request, one in the returned handler is.

// handler describes a function type that serves one request per call, or
// returns "". decl is the declaration when the function is one (methods
// are recognised through their receiver).
func (p *checker) handler(ft *ast.FuncType, decl *ast.FuncDecl) string {
	sig, ok := p.pass.TypesInfo.TypeOf(ft).(*types.Signature)
	if !ok && decl != nil {
		if fn, ok := p.pass.TypesInfo.Defs[decl.Name].(*types.Func); ok {
			sig = fn.Signature()
		}
	}
	if sig == nil {
		return ""
	}
	name := "request to an HTTP handler"
	if decl != nil {
		name = "request to " + decl.Name.Name
	}
	params := sig.Params()
	at := func(i int) types.Type {
		if i < params.Len() {
			return params.At(i).Type()
		}
		return nil
	}
	switch {
	// net/http, and negroni's ServeHTTP(w, r, next).
	case params.Len() >= 2 && params.Len() <= 3 && isNamed(at(0), "net/http", "ResponseWriter") && isPtrTo(at(1), "net/http", "Request"):
		return name
	case params.Len() == 1 && isPtrTo(at(0), "github.com/gin-gonic/gin", "Context"):
		return strings.Replace(name, "an HTTP", "a gin", 1)
	case params.Len() == 1 && (isNamed(at(0), "github.com/labstack/echo/v4", "Context") || isNamed(at(0), "github.com/labstack/echo/v5", "Context")):
		return strings.Replace(name, "an HTTP", "an echo", 1)
	case params.Len() == 1 && (isPtrTo(at(0), "github.com/gofiber/fiber/v2", "Ctx") || isNamed(at(0), "github.com/gofiber/fiber/v3", "Ctx")):
		return strings.Replace(name, "an HTTP", "a fiber", 1)
	}
	if h := grpcInterceptor(params); h != "" {
		return scoped(decl, h)
	}
	if h := messageCallback(params); h != "" {
		return scoped(decl, h)
	}
	if decl == nil || sig.Recv() == nil {
		return ""
	}
	recv := sig.Recv().Type()
	call := "call to " + decl.Name.Name
	switch {
	case params.Len() == 2 && isNamed(at(0), "context", "Context") && embedsGRPCServer(recv):
		return call
	case params.Len() == 2 && (isNamed(at(0), "github.com/IBM/sarama", "ConsumerGroupSession") && isNamed(at(1), "github.com/IBM/sarama", "ConsumerGroupClaim") ||
		isNamed(at(0), "github.com/Shopify/sarama", "ConsumerGroupSession") && isNamed(at(1), "github.com/Shopify/sarama", "ConsumerGroupClaim")):
		return call // ConsumeClaim: once per claim, its loop once per message
	case params.Len() > 0 && isNamed(at(0), "context", "Context") && p.implementsImported(recv, decl.Name.Name, isGQLGenPackage):
		return call // a gqlgen resolver method
	case decl.Name.Name != "SessionInit" && p.implementsImported(recv, decl.Name.Name, isSessionProviderPackage):
		return call // a beego session provider: the session manager calls it per request
	}
	return ""
}

// scoped names the request scope h after the declaration, if any:
// "message to a NATS handler" becomes "message to onOrder".
func scoped(decl *ast.FuncDecl, h string) string {
	if decl == nil {
		return h
	}
	if i := strings.Index(h, " to "); i >= 0 {
		return h[:i] + " to " + decl.Name.Name
	}
	return h
}

// grpcInterceptor recognises gRPC server and client interceptors
// (grpc.UnaryServerInterceptor, StreamServerInterceptor,
// UnaryClientInterceptor, StreamClientInterceptor), which run on every
// call they intercept.
func grpcInterceptor(params *types.Tuple) string {
	const grpc = "google.golang.org/grpc"
	for i := 0; i < params.Len(); i++ {
		t := params.At(i).Type()
		switch {
		case isPtrTo(t, grpc, "UnaryServerInfo"), isPtrTo(t, grpc, "StreamServerInfo"),
			isNamed(t, grpc, "UnaryInvoker"), isNamed(t, grpc, "Streamer"):
			return "call to a gRPC interceptor"
		}
	}
	return ""
}

// messageCallback recognises the per-message callbacks of message
// consumers: nats.MsgHandler, jetstream.MessageHandler, Pub/Sub's Receive
// callback, asynq task handlers and watermill handlers.
func messageCallback(params *types.Tuple) string {
	switch params.Len() {
	case 1:
		t := params.At(0).Type()
		switch {
		case isPtrTo(t, "github.com/nats-io/nats.go", "Msg"):
			return "message to a NATS handler"
		case isNamed(t, "github.com/nats-io/nats.go/jetstream", "Msg"):
			return "message to a JetStream handler"
		case isPtrTo(t, "github.com/ThreeDotsLabs/watermill/message", "Message"):
			return "message to a watermill handler"
		}
	case 2:
		if !isNamed(params.At(0).Type(), "context", "Context") {
			return ""
		}
		t := params.At(1).Type()
		switch {
		case isPtrTo(t, "cloud.google.com/go/pubsub", "Message"), isPtrTo(t, "cloud.google.com/go/pubsub/v2", "Message"):
			return "message to a Pub/Sub handler"
		case isPtrTo(t, "github.com/hibiken/asynq", "Task"):
			return "task to an asynq handler"
		}
	}
	return ""
}

func isGQLGenPackage(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == "github.com/99designs/gqlgen/graphql" {
			return true
		}
	}
	return false
}

func isSessionProviderPackage(pkg *types.Package) bool {
	switch pkg.Path() {
	case "github.com/astaxie/beego/session", "github.com/beego/beego/v2/server/web/session":
		return true
	}
	return false
}

// implementsImported reports whether recv (or a pointer to it) implements
// an interface that declares method and belongs to this package or to a
// package it imports directly, of the kind that pick selects: gqlgen's
// generated resolver interfaces (in a package that imports
// gqlgen/graphql), beego's session.Provider. Only the packages pick
// selects are scanned, so other packages pay one walk of their imports.
func (p *checker) implementsImported(recv types.Type, method string, pick func(*types.Package) bool) bool {
	pkgs := append([]*types.Package{p.pass.Pkg}, p.pass.Pkg.Imports()...)
	for _, pkg := range pkgs {
		if !pick(pkg) {
			continue
		}
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || !tn.Exported() && pkg != p.pass.Pkg {
				continue
			}
			iface, ok := tn.Type().Underlying().(*types.Interface)
			if !ok || iface.Empty() {
				continue
			}
			if !declares(iface, method) {
				continue
			}
			if types.Implements(recv, iface) || types.Implements(types.NewPointer(derefType(recv)), iface) {
				return true
			}
		}
	}
	return false
}

func declares(iface *types.Interface, method string) bool {
	for i := 0; i < iface.NumMethods(); i++ {
		if iface.Method(i).Name() == method {
			return true
		}
	}
	return false
}
