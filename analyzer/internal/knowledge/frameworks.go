package knowledge

// A request scope is a function that a framework calls once per request,
// message or task: a construction in it runs again and again. Scopes are
// recognised by the types of the parameters, or by the interface the
// receiver implements, never by the function's name.
//
// Middleware needs no scope of its own: the body of a
// func(next http.Handler) http.Handler runs once, when the route is set
// up, and the handler literal it returns is in scope by its own type.

// Type names a type: *Path.Name when Pointer. The zero Type is any type.
type Type struct {
	Path, Name string
	Pointer    bool
}

// Scope is one shape of request-scoped function.
type Scope struct {
	// Serves is what one call serves, as messages say it: "request to a
	// gin handler". For a declared function, the words after " to " become
	// its name: "request to Users".
	Serves string
	// Params are the types of the leading parameters; More more
	// parameters of any type may follow (AnyMore: any number).
	Params []Type
	More   int
	// AnyParam, if set, matches a function that has a parameter of one of
	// these types anywhere (instead of Params).
	AnyParam []Type
	// Method limits the scope to declared methods whose receiver passes
	// Receiver.
	Method   bool
	Receiver Receiver
}

// AnyMore is Scope.More for any number of further parameters.
const AnyMore = -1

// Receiver is a condition on a method's receiver; the zero Receiver
// accepts any.
type Receiver struct {
	// EmbedsPrefix and EmbedsSuffix: the receiver's struct embeds a type
	// whose name has both, protoc-gen-go-grpc's Unimplemented…Server.
	EmbedsPrefix, EmbedsSuffix string
	// ImplementsIn: the receiver implements an interface that declares the
	// method, in one of these packages imported by the method's package.
	ImplementsIn []string
	// ImplementsImporterOf: the same, for interfaces of the method's
	// package or of a package it imports, if that package imports this
	// path (gqlgen's generated resolver interfaces).
	ImplementsImporterOf string
	// Except lists methods of those interfaces that run once, at setup.
	Except []string
}

var (
	context    = Type{Path: "context", Name: "Context"}
	grpc       = "google.golang.org/grpc"
	saramaIBM  = "github.com/IBM/sarama"
	saramaShop = "github.com/Shopify/sarama"
)

// Scopes, in the order they are tried.
var Scopes = []Scope{
	// net/http, and negroni's ServeHTTP(w, r, next).
	{Serves: "request to an HTTP handler", Params: []Type{{"net/http", "ResponseWriter", false}, {"net/http", "Request", true}}, More: 1},
	{Serves: "request to a gin handler", Params: []Type{{"github.com/gin-gonic/gin", "Context", true}}},
	{Serves: "request to an echo handler", Params: []Type{{"github.com/labstack/echo/v4", "Context", false}}},
	{Serves: "request to an echo handler", Params: []Type{{"github.com/labstack/echo/v5", "Context", false}}},
	{Serves: "request to a fiber handler", Params: []Type{{"github.com/gofiber/fiber/v2", "Ctx", true}}},
	{Serves: "request to a fiber handler", Params: []Type{{"github.com/gofiber/fiber/v3", "Ctx", false}}},
	// gRPC server and client interceptors (UnaryServerInterceptor,
	// StreamServerInterceptor, UnaryClientInterceptor,
	// StreamClientInterceptor) run on every call they intercept.
	{Serves: "call to a gRPC interceptor", AnyParam: []Type{
		{grpc, "UnaryServerInfo", true}, {grpc, "StreamServerInfo", true},
		{grpc, "UnaryInvoker", false}, {grpc, "Streamer", false},
	}},
	// Per-message callbacks of message consumers.
	{Serves: "message to a NATS handler", Params: []Type{{"github.com/nats-io/nats.go", "Msg", true}}},
	{Serves: "message to a JetStream handler", Params: []Type{{"github.com/nats-io/nats.go/jetstream", "Msg", false}}},
	{Serves: "message to a watermill handler", Params: []Type{{"github.com/ThreeDotsLabs/watermill/message", "Message", true}}},
	{Serves: "message to a Pub/Sub handler", Params: []Type{context, {"cloud.google.com/go/pubsub", "Message", true}}},
	{Serves: "message to a Pub/Sub handler", Params: []Type{context, {"cloud.google.com/go/pubsub/v2", "Message", true}}},
	{Serves: "task to an asynq handler", Params: []Type{context, {"github.com/hibiken/asynq", "Task", true}}},
	// Methods, by their receiver.
	{Serves: "call to a gRPC service method", Params: []Type{context, {}}, Method: true,
		Receiver: Receiver{EmbedsPrefix: "Unimplemented", EmbedsSuffix: "Server"}},
	// sarama's ConsumeClaim: once per claim, its loop once per message.
	{Serves: "call to a sarama consumer", Params: []Type{{saramaIBM, "ConsumerGroupSession", false}, {saramaIBM, "ConsumerGroupClaim", false}}, Method: true},
	{Serves: "call to a sarama consumer", Params: []Type{{saramaShop, "ConsumerGroupSession", false}, {saramaShop, "ConsumerGroupClaim", false}}, Method: true},
	{Serves: "call to a gqlgen resolver", Params: []Type{context}, More: AnyMore, Method: true,
		Receiver: Receiver{ImplementsImporterOf: "github.com/99designs/gqlgen/graphql"}},
	// beego's session manager calls a session.Provider per request.
	{Serves: "call to a beego session provider", More: AnyMore, Method: true,
		Receiver: Receiver{ImplementsIn: []string{"github.com/astaxie/beego/session", "github.com/beego/beego/v2/server/web/session"}, Except: []string{"SessionInit"}}},
}
