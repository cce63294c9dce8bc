package analyzer

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
)

// Flag names, shared by the command line, go vet and the golangci-lint plugin settings.
const (
	FlagAllow        = "allow"
	FlagAllowTests   = "allow-tests"
	FlagConstructors = "constructors"
	FlagShared       = "shared"
	FlagMaxConns     = "max-conns"
	FlagBaseline     = "baseline"
	FlagWrappers     = "wrappers"
)

// Config configures one poolcheck analyzer. The zero Config reports every
// construction (no package is sanctioned).
type Config struct {
	// Allow lists import-path patterns of the sanctioned packages:
	// "example.com/app/db" matches that package only,
	// "example.com/app/db/..." also its sub-packages.
	Allow []string
	// AllowTests skips constructions in _test.go files.
	AllowTests bool
	// Constructors adds constructors by full name, in the form
	// types.Func.FullName prints: "example.com/x/dbutil.Connect",
	// "(*example.com/x.Config).Dial", "(example.com/x.Config).Dial".
	Constructors []string
	// Shared lists the accessors of the shared pools, each a package-level
	// variable or a function without parameters in a sanctioned package:
	// "example.com/app/db.Pool", "example.com/app/db.SQL".
	Shared []string
	// MaxConns, when positive, is the most connections one pool may be
	// configured with: a literal limit above it is reported.
	MaxConns int
	// Wrappers recognises functions that return a client they construct,
	// in any package including dependencies, through facts: their calls are
	// reported like catalogued constructors. Facts make drivers analyse
	// every dependency, so this costs time (see docs/performance.md).
	Wrappers bool
	// Baseline is a file of accepted findings: only findings not in it are
	// reported. It is read once, when the configuration is compiled.
	Baseline string
}

// compiled is a validated Config, built once per analyzer.
type compiled struct {
	allow      []pattern
	allowTests bool
	maxConns   int
	wrappers   bool
	baseline   *baseline
	catalog    catalog
	shared     []symbol
}

// compile validates cfg and builds what the passes read. Its checks are
// the ones the flags run when they are set (see the check functions below):
// a value is refused with the same message whether it comes from the
// command line, go vet, or a Config (NewAnalyzer, the golangci-lint
// plugin's settings), before any package is loaded.
func compile(cfg Config) (*compiled, error) {
	if err := checkMaxConns(cfg.MaxConns); err != nil {
		return nil, err
	}
	c := &compiled{allowTests: cfg.AllowTests, maxConns: cfg.MaxConns, wrappers: cfg.Wrappers}
	for _, s := range cfg.Allow {
		p, err := parsePattern(s)
		if err != nil {
			return nil, err
		}
		c.allow = append(c.allow, p)
	}
	if cfg.Baseline != "" {
		b, err := loadBaseline(cfg.Baseline)
		if err != nil {
			return nil, err
		}
		c.baseline = b
	}
	cat, err := newCatalog(cfg.Constructors)
	if err != nil {
		return nil, err
	}
	c.catalog = cat
	for _, s := range cfg.Shared {
		k, err := parseShared(s)
		if err != nil {
			return nil, err
		}
		c.shared = append(c.shared, k)
	}
	return c, nil
}

// sanctioned reports whether the package at path may construct clients.
func (c *compiled) sanctioned(path string) bool {
	for _, p := range c.allow {
		if p.match(path) {
			return true
		}
	}
	return false
}

// allowText names the sanctioned packages in messages.
func (c *compiled) allowText() string {
	var names []string
	for _, p := range c.allow {
		names = append(names, p.String())
	}
	if len(names) == 1 {
		return "the sanctioned package " + names[0]
	}
	return "the sanctioned packages " + strings.Join(names, ", ")
}

// pattern is one -allow entry.
type pattern struct {
	path string
	tree bool // "path/..." also matches sub-packages
}

func (p pattern) match(path string) bool {
	if path == p.path {
		return true
	}
	return p.tree && strings.HasPrefix(path, p.path) && path[len(p.path)] == '/'
}

func (p pattern) String() string {
	if p.tree {
		return p.path + "/..."
	}
	return p.path
}

func parsePattern(s string) (pattern, error) {
	orig := s
	bad := func(why string) (pattern, error) {
		return pattern{}, fmt.Errorf("malformed -%s pattern %q: %s (want an import path such as example.com/app/db, or example.com/app/db/... for the package and its sub-packages)", FlagAllow, orig, why)
	}
	s = strings.TrimSpace(s)
	var p pattern
	if rest, ok := strings.CutSuffix(s, "/..."); ok {
		p.tree, s = true, rest
	}
	switch {
	case s == "" || s == "...":
		return bad("empty import path")
	case strings.Contains(s, "..."):
		return bad("\"...\" is only allowed as a final /...")
	case strings.HasPrefix(s, ".") || strings.HasPrefix(s, "/"):
		return bad("relative and file-system paths are not import paths")
	case strings.HasSuffix(s, "/") || strings.Contains(s, "//"):
		return bad("empty path element")
	case strings.ContainsAny(s, "*?[]{}\\"):
		return bad("wildcards other than a final /... are not supported")
	}
	for _, r := range s {
		if r <= ' ' || r == '"' || r == '\'' || r == '`' || r == ':' || r == ';' || r == ',' {
			return bad(fmt.Sprintf("character %q is not allowed in an import path", r))
		}
	}
	p.path = s
	return p, nil
}

// parseShared parses a -shared accessor "pkg/path.Name".
func parseShared(s string) (symbol, error) {
	k, err := parseName(s)
	if err != nil || k.recv != "" || k.lit {
		return symbol{}, fmt.Errorf("malformed -%s accessor %q: want the full name of a package-level variable or function, e.g. example.com/app/db.Pool", FlagShared, strings.TrimSpace(s))
	}
	return k, nil
}

// The checks of the flags' values. A flag runs its check when it is set,
// so a bad value stops every driver at flag parsing, once, with the flag
// package's "invalid value ... for flag -name: <error>" and exit status 2;
// compile runs the same checks on a Config.
func checkPattern(s string) error     { _, err := parsePattern(s); return err }
func checkConstructor(s string) error { _, err := parseName(s); return err }
func checkShared(s string) error      { _, err := parseShared(s); return err }

func checkMaxConns(n int) error {
	if n < 0 {
		return fmt.Errorf("-%s must not be negative, got %d (0 checks no limit)", FlagMaxConns, n)
	}
	return nil
}

// intFlag is an int flag whose value is checked as it is set.
type intFlag struct {
	n     *int
	check func(int) error
}

func (f intFlag) String() string {
	if f.n == nil {
		return "0"
	}
	return strconv.Itoa(*f.n)
}

func (f intFlag) Set(v string) error {
	n, err := strconv.ParseInt(v, 0, strconv.IntSize)
	if errors.Is(err, strconv.ErrRange) {
		return errors.New("value out of range") // what flag.IntVar says
	} else if err != nil {
		return errors.New("parse error")
	}
	if err := f.check(int(n)); err != nil {
		return err
	}
	*f.n = int(n)
	return nil
}

// ListFlag returns the value of the list flag name (FlagAllow,
// FlagConstructors or FlagShared) writing into list, with the analyzer's
// validation: a command that takes the same flag outside the analyzer
// (poolcheck -budget) rejects the same values, at flag-set time.
func ListFlag(name string, list *[]string) flag.Value {
	switch name {
	case FlagAllow:
		return listFlag{list, checkPattern}
	case FlagConstructors:
		return listFlag{list, checkConstructor}
	case FlagShared:
		return listFlag{list, checkShared}
	}
	panic("analyzer.ListFlag: -" + name + " is not a list flag")
}

// listFlag is a comma-separated, repeatable flag whose elements are
// validated as they are set, so a bad value stops the command at start-up.
type listFlag struct {
	list  *[]string
	check func(string) error
}

func (f listFlag) String() string {
	if f.list == nil {
		return ""
	}
	return strings.Join(*f.list, ",")
}

func (f listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue // tolerate "a,,b" and trailing commas
		}
		if err := f.check(s); err != nil {
			return err
		}
		*f.list = append(*f.list, s)
	}
	return nil
}

// AllowMatches reports whether the -allow pattern matches the package at
// path, an import path as Result.Package gives it. A malformed pattern
// matches nothing.
func AllowMatches(pattern, path string) bool {
	p, err := parsePattern(pattern)
	return err == nil && p.match(path)
}
