package analyzer

import (
	_ "embed"
	"flag"
	"go/types"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docGo string

// Diagnostic categories. Each has its page, docs/<category>.md, which
// every diagnostic links to (Diagnostic.URL).
const (
	CategoryConstruction = "construction"
	CategoryDirective    = "ignore-directive"
	CategoryStale        = "stale-ignore"
	CategoryUnbounded    = "unbounded-pool"
	CategoryPoolLimit    = "pool-limit"
	CategoryRepeated     = "repeated-construction"
	CategorySharedClose  = "shared-close"
)

// Analyzer is configured by command-line flags (see cmd/poolcheck).
// Programs that configure poolcheck themselves use NewAnalyzer.
var Analyzer = mustNew(Config{})

func mustNew(cfg Config) *analysis.Analyzer {
	a, err := NewAnalyzer(cfg)
	if err != nil {
		panic(err)
	}
	return a
}

// NewAnalyzer returns a poolcheck analyzer with its own configuration and
// flag set: analyzers never share state. It reports malformed
// configuration (patterns, constructor names) as an error.
func NewAnalyzer(cfg Config) (*analysis.Analyzer, error) {
	// Copy the slices: the caller keeps ownership of cfg.
	cfg.Allow = append([]string(nil), cfg.Allow...)
	cfg.Constructors = append([]string(nil), cfg.Constructors...)
	cfg.Shared = append([]string(nil), cfg.Shared...)
	if _, err := compile(cfg); err != nil {
		return nil, err
	}
	s := &instance{cfg: cfg}
	a := &analysis.Analyzer{
		Name:       "poolcheck",
		Doc:        analysisDoc(),
		URL:        "https://github.com/poolcheck/poolcheck/blob/main/docs/README.md",
		Requires:   []*analysis.Analyzer{inspect.Analyzer},
		Run:        s.run,
		ResultType: reflect.TypeOf((*Result)(nil)),
	}
	s.a = a
	s.setWrappers(cfg.Wrappers)
	s.registerFlags(&a.Flags)
	return a, nil
}

// analysisDoc extracts the "# Analyzer poolcheck" section of doc.go, the
// convention of x/tools so that -h and pkg.go.dev say the same.
func analysisDoc() string {
	const marker = "# Analyzer poolcheck\n//\n// "
	i := strings.Index(docGo, marker)
	if i < 0 {
		return "poolcheck: report database and cache clients constructed outside the sanctioned packages"
	}
	body := docGo[i+len(marker):]
	if j := strings.Index(body, "\npackage "); j >= 0 {
		body = body[:j]
	}
	var b strings.Builder
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimPrefix(line, "//")
		line = strings.TrimPrefix(line, " ")
		b.WriteString(line)
		b.WriteByte('\n')
	}
	// Drivers print "poolcheck: <first line>": drop the name here.
	return strings.TrimPrefix(strings.TrimSpace(b.String()), "poolcheck: ")
}

// instance is one analyzer's configuration. Flags write cfg before the first
// Run; the first Run compiles it once and every Run (drivers run packages
// in parallel) only reads the result.
type instance struct {
	a        *analysis.Analyzer
	cfg      Config
	once     sync.Once
	compiled *compiled
	err      error
}

func (s *instance) registerFlags(fs *flag.FlagSet) {
	fs.Var(ListFlag(FlagAllow, &s.cfg.Allow), FlagAllow,
		"comma-separated import-path patterns of the sanctioned packages, the only ones allowed to construct clients:\n"+
			"\"example.com/app/db\" is that package, \"example.com/app/db/...\" also its sub-packages (default: none, every construction is reported)")
	fs.BoolVar(&s.cfg.AllowTests, FlagAllowTests, s.cfg.AllowTests, // BoolVar writes the default
		"do not report constructions in _test.go files (default: test files are checked)")
	fs.Var(ListFlag(FlagConstructors, &s.cfg.Constructors), FlagConstructors,
		"comma-separated extra constructors by full name, as go/types prints them:\n"+
			"\"example.com/legacy/dbutil.Connect\", \"(*example.com/x.Config).Dial\", \"example.com/x.Pool{}\" for a struct literal")
	fs.Var(intFlag{&s.cfg.MaxConns, checkMaxConns}, FlagMaxConns,
		"if positive, report a literal connection limit above `N` (SetMaxOpenConns, pgxpool MaxConns, go-redis PoolSize) (default 0: no limit checked)")
	fs.Var(wrappersFlag{s}, FlagWrappers,
		"also report calls of functions, in any package including dependencies, that return a client they construct\n"+
			"(through analysis facts: every dependency is analysed, which costs time) (default false)")
	fs.Var(baselineFlag{&s.cfg.Baseline}, FlagBaseline,
		"`FILE` of accepted findings (written by poolcheck -write-baseline): report only findings that are not in it (default: none)")
	fs.Var(ListFlag(FlagShared, &s.cfg.Shared), FlagShared,
		"comma-separated accessors of the shared pools, each a package-level variable or a function without parameters\n"+
			"in a sanctioned package, e.g. \"example.com/app/db.Pool\"; named in messages (default: none)")
}

// setWrappers switches wrapper facts on or off. Drivers read FactTypes
// after flags are parsed and before the first Run.
func (s *instance) setWrappers(on bool) {
	s.cfg.Wrappers = on
	s.a.FactTypes = nil
	if on {
		s.a.FactTypes = []analysis.Fact{new(wrapperFact)}
	}
}

// wrappersFlag is -wrappers: a bool flag that also declares the fact type.
type wrappersFlag struct{ s *instance }

func (f wrappersFlag) String() string {
	if f.s == nil {
		return "false"
	}
	return strconv.FormatBool(f.s.cfg.Wrappers)
}
func (f wrappersFlag) IsBoolFlag() bool { return true }
func (f wrappersFlag) Set(v string) error {
	on, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	f.s.setWrappers(on)
	return nil
}

func (s *instance) get() (*compiled, error) {
	s.once.Do(func() { s.compiled, s.err = compile(s.cfg) })
	return s.compiled, s.err
}

func (s *instance) run(pass *analysis.Pass) (any, error) {
	c, err := s.get()
	if err != nil {
		return nil, err
	}
	p := &checker{pass: pass, cfg: c, syntaxIndex: syntaxIndex{in: pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)}}
	p.ignores = collectDirectives(pass)
	p.inSanctioned = c.sanctioned(pkgPath(pass.Pkg))
	if p.inSanctioned {
		p.checkLimits()
	}
	p.scan()
	if c.maxConns > 0 {
		p.checkMaxConns()
	}
	p.suggestFixes()
	return p.flush(), nil
}

// pkgPath is the import path the allow-list sees: the external test
// package foo_test and the test variants that go vet builds belong to foo.
func pkgPath(pkg *types.Package) string {
	path := pkg.Path()
	if i := strings.IndexByte(path, ' '); i >= 0 {
		path = path[:i] // "foo [foo.test]"
	}
	if strings.HasSuffix(pkg.Name(), "_test") {
		path = strings.TrimSuffix(path, "_test")
	}
	return path
}

// checker holds one pass: the rules are its methods, one file each. Its
// state is grouped by the file that owns it.
type checker struct {
	pass         *analysis.Pass
	cfg          *compiled
	inSanctioned bool         // the package is one of -allow's
	syntaxIndex               // locating nodes (index.go)
	reports                   // diagnostics and what the rules know of them (result.go)
	fixReqs      []fixRequest // constructions that may get a -shared fix (fix.go)
}
