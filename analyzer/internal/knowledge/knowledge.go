// Package knowledge is what poolcheck knows about database and cache
// libraries and about the frameworks that call code once per request. It
// is data only, one record per library; the analyzer matches it against
// type-checked code.
//
// Adding a library is one record in the file of its family (sql.go,
// redis.go, stores.go, cloud.go, embedded.go) and, in
// analyzer/testdata/src, a stub of each constructor's package (or an
// entry in the test's list of libraries without stubs). TestLibraries
// checks every record against the stubs.
package knowledge

import (
	"fmt"
	"slices"
	"strings"
)

// Libraries, in the order of poolcheck -catalog. Every name was checked
// against the module's source at the versions recorded in
// docs/catalog-verification.md.
var Libraries = slices.Concat(sqlLibraries, redisLibraries, storeLibraries, cloudLibraries, embeddedLibraries)

// Library is everything known about one library (or family of packages,
// as -catalog groups them). Names are written as types.Func.FullName
// prints them (see ParseName); types as "pkg/path.Type".
type Library struct {
	// Name heads the library's constructors in poolcheck -catalog.
	Name         string
	Constructors []Constructor
	// ClientTypes are the clients that the constructors (or PassThrough)
	// return: a sanctioned package's function that returns one makes a
	// client too.
	ClientTypes []string
	// LimitMethods cap the open connections of a database/sql pool,
	// directly or through a wrapper that owns one. They are size methods
	// too.
	LimitMethods []string
	// SizeMethods take the most connections a pool may open as their only
	// argument.
	SizeMethods []string
	// SizeFields set the most connections a pool may open.
	SizeFields []Field
	// PassThrough functions turn the value passed as their first argument
	// into a pool.
	PassThrough []PassThrough
	// PoolConnectors return a driver.Connector over an existing pool:
	// sql.OpenDB over one builds a facade, not a new pool.
	PoolConnectors []string
}

// Constructor is one function, method or composite-literal type
// ("pkg/path.Type{}") that builds a client.
type Constructor struct {
	Name string
	Kind Kind
	Cond Cond // zero: every call constructs
}

// LiteralSuffix marks a type whose composite literal (or new(T)) is a
// construction: "github.com/gomodule/redigo/redis.Pool{}".
const LiteralSuffix = "{}"

// IsLiteral reports whether c is a composite-literal type.
func (c Constructor) IsLiteral() bool { return strings.HasSuffix(c.Name, LiteralSuffix) }

// Kind says what a constructor builds; it selects the wording of the
// diagnostic.
type Kind uint8

const (
	Pool      Kind = iota // a new client with its own connection pool
	Conn                  // one dedicated server connection, outside any pool
	Embedded              // a handle on an embedded store (file lock)
	Dialector             // a gorm dialector that makes gorm.Open open a pool
)

func (k Kind) String() string {
	switch k {
	case Conn:
		return "dedicated connection"
	case Embedded:
		return "embedded database handle"
	case Dialector:
		return "gorm dialector (pool)"
	}
	return "connection pool"
}

// Cond is a rule on the arguments of a call that decides whether it
// constructs anything. References that are not calls cannot be decided and
// are reported only for Always and NotOverPoolConnector.
type Cond struct {
	Rule  Rule
	Field string // UnlessFieldSet: the field that hands over a connection
	Arg   int    // StringArg: the argument that must be a string
}

// Rule is the kind of a Cond.
type Rule uint8

const (
	Always               Rule = iota
	NotOverPoolConnector      // sql.OpenDB(stdlib.GetPoolConnector(p)) borrows p
	UnlessFieldSet            // gorm's postgres.New(Config{Conn: db}) reuses db
	StringArg                 // xorm.NewEngineGroup(dsn, ...) opens; (engine, ...) wraps
)

// String is the catalog's note on the condition.
func (c Cond) String() string {
	switch c.Rule {
	case NotOverPoolConnector:
		return "not over stdlib.GetPoolConnector"
	case UnlessFieldSet:
		return "not when " + c.Field + " is set"
	case StringArg:
		return "only with a DSN string argument"
	}
	return ""
}

var (
	always        = Cond{}
	overConnector = Cond{Rule: NotOverPoolConnector}
)

func unlessSet(field string) Cond { return Cond{Rule: UnlessFieldSet, Field: field} }

func stringArg(i int) Cond { return Cond{Rule: StringArg, Arg: i} }

// Field is a struct field: Type is "pkg/path.Type".
type Field struct{ Type, Name string }

// PassThrough is a function that returns, as result Result, a pool made
// from its first argument (gorm.Open(dialector)).
type PassThrough struct {
	Func   string
	Result int
}

// Symbol is a parsed name: a function, a method (Recv), or a type (a
// function-like name; Literal when written "T{}").
type Symbol struct {
	Pkg, Recv, Name string
	Literal         bool
}

// ParseName parses a name as types.Func.FullName prints it ("p/q.F",
// "(*p/q.T).M", "(p/q.T).M") or a literal type "p/q.T{}".
func ParseName(s string) (Symbol, error) {
	orig := s
	bad := func(why string) (Symbol, error) {
		return Symbol{}, fmt.Errorf("malformed constructor %q: %s (want pkg/path.Func, (*pkg/path.Type).Method, (pkg/path.Type).Method or pkg/path.Type{})", orig, why)
	}
	s = strings.TrimSpace(s)
	var k Symbol
	if strings.HasPrefix(s, "(") {
		end := strings.Index(s, ")")
		if end < 0 {
			return bad("unbalanced parenthesis")
		}
		recv := strings.TrimPrefix(s[1:end], "*")
		rest := s[end+1:]
		if !strings.HasPrefix(rest, ".") {
			return bad("missing .Method after the receiver")
		}
		dot := strings.LastIndex(recv, ".")
		if dot <= 0 {
			return bad("receiver has no package path")
		}
		k.Pkg, k.Recv, k.Name = recv[:dot], recv[dot+1:], rest[1:]
		if !isIdent(k.Recv) {
			return bad("receiver type is not an identifier")
		}
	} else {
		if strings.HasSuffix(s, LiteralSuffix) {
			k.Literal = true
			s = strings.TrimSuffix(s, LiteralSuffix)
		}
		// Package paths may contain dots after the last slash
		// (gopkg.in/mgo.v2.Dial): the name follows the last dot.
		dot := strings.LastIndex(s, ".")
		if dot <= 0 || dot < strings.LastIndex(s, "/") {
			return bad("no package path")
		}
		k.Pkg, k.Name = s[:dot], s[dot+1:]
	}
	if !isIdent(k.Name) {
		return bad("name is not an identifier")
	}
	if k.Pkg == "" || strings.ContainsAny(k.Pkg, " \t()*{}") || strings.HasPrefix(k.Pkg, "/") || strings.HasSuffix(k.Pkg, "/") || strings.Contains(k.Pkg, "//") {
		return bad("invalid package path")
	}
	return k, nil
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0x80 || i > 0 && '0' <= r && r <= '9' {
			continue
		}
		return false
	}
	return true
}
