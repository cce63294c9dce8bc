package main

// -inventory lists every construction of a client in the packages, grouped
// by package and client type, and proposes a configuration: the package
// that already owns most constructions as the sanctioned one (-allow), the
// package-level variables that already hold its pools as -shared accessors,
// and the number of findings poolcheck reports with them. It is the first
// step of adopting poolcheck in an existing code base (docs/adopting.md).
//
// The constructions are the findings of an analysis without -allow (every
// construction is one), each with what the analyzer knows about it
// (analyzer.Finding): its constructor, the client type, the enclosing loop
// and the handler, as the analyzer recognises handlers (net/http, gin,
// echo, fiber, gRPC ...). The package-level pools are read from the syntax
// and types the packages were loaded with (inventory_pools.go).

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

const (
	inventoryFlag  = "inventory"
	inventoryUsage = "list every construction grouped by package and client type, propose -allow and -shared, count the findings with them, and exit 0 (standalone only; with -json as JSON)"
)

// inventory is the output of -inventory; its JSON form is the -json output.
type inventory struct {
	Constructions int             `json:"constructions"`
	Packages      []*packageGroup `json:"packages"`
	Pools         []*pool         `json:"pools"`
	Proposal      *proposal       `json:"proposal"` // null when nothing is constructed
	Incomplete    bool            `json:"incomplete,omitempty"`
}

// packageGroup is the constructions of one package, as -allow sees it: an
// external test package and test variants belong to their folder's package.
type packageGroup struct {
	Path          string         `json:"path"`
	Main          bool           `json:"main,omitempty"`
	Constructions int            `json:"constructions"`
	Clients       []*clientGroup `json:"clients"`
}

type clientGroup struct {
	Type          string          `json:"type"` // the constructor's first result, e.g. *database/sql.DB
	Constructions []*construction `json:"constructions"`
}

type construction struct {
	File        string `json:"file"` // relative to the working directory when inside it
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	Constructor string `json:"constructor"` // full name: database/sql.Open
	Written     string `json:"written"`     // as the code names it: sql.Open
	Function    string `json:"function"`    // enclosing top-level declaration
	Category    string `json:"category"`    // construction, or repeated-construction when it runs again and again
	Test        bool   `json:"test,omitempty"`
	Loop        int    `json:"loop,omitempty"`    // line of the innermost enclosing for or range
	Handler     string `json:"handler,omitempty"` // the enclosing HTTP handler

	pkg, client string
	offset      int
	pos         token.Pos // in its package's file set
	typ         types.Type
	fn          *types.Func // enclosing function declaration, if any
}

// pool is a package-level variable that holds a client the package
// constructs: a candidate -shared accessor.
type pool struct {
	Accessor string `json:"accessor"` // -shared form: example.com/app/db.Pool
	Type     string `json:"type"`
	Exported bool   `json:"exported"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	How      string `json:"how"` // "initialised by sql.Open", "assigned in init by open() → sql.Open"

	pkg, name string
	pos       token.Pos
}

type proposal struct {
	Allow      []string       `json:"allow"`
	Shared     []string       `json:"shared"`
	FromFlags  bool           `json:"fromFlags,omitempty"` // -allow was given, not proposed
	Why        string         `json:"why"`
	Candidates []candidate    `json:"candidates"`
	Findings   int            `json:"findings"`
	ByCategory map[string]int `json:"byCategory"`
	New        *int           `json:"new,omitempty"` // with -baseline: the findings not in it
	Command    string         `json:"command"`
	Baseline   string         `json:"baseline"` // the command that accepts the findings
}

type candidate struct {
	Package       string `json:"package"`
	Once          int    `json:"once"` // constructions that run once, outside test files
	Constructions int    `json:"constructions"`
	Pools         int    `json:"pools"` // exported package-level pools
	Main          bool   `json:"main,omitempty"`
}

// runInventory implements -inventory. It returns 0, or 1 when a package
// failed to load or analyse (the inventory is printed, marked incomplete),
// or 2 for bad flags.
func runInventory(args []string) int {
	flags, err := analyzer.NewAnalyzer(analyzer.Config{})
	if err != nil {
		fmt.Fprintf(os.Stderr, "poolcheck: %v\n", err)
		return 1
	}
	s := newStandalone("-"+inventoryFlag, flags)
	s.fs.Bool(inventoryFlag, false, inventoryUsage)
	jsonOut := s.fs.Bool("json", false, "print the inventory as JSON")
	patterns, status, ok := s.parse(args)
	if !ok {
		return status
	}
	// The analyzer flags the user set, to configure the two analyzers.
	set := map[string]string{}
	s.fs.Visit(func(f *flag.Flag) {
		if flags.Flags.Lookup(f.Name) != nil {
			set[f.Name] = f.Value.String()
		}
	})
	// Every construction is a finding without -allow; -shared, -baseline
	// and -max-conns do not change which.
	all, err := newConfigured(set, analyzer.FlagAllow, analyzer.FlagShared, analyzer.FlagBaseline, analyzer.FlagMaxConns)
	if err != nil {
		fmt.Fprintf(os.Stderr, "poolcheck: %v\n", err)
		return 2
	}
	graph, pkgs, failed, ok := s.loadAndAnalyze([]*analysis.Analyzer{all}, patterns)
	if !ok {
		return 1
	}

	wd, _ := os.Getwd()
	inv := collect(graph, all, wd)
	inv.Incomplete = failed
	if len(inv.Packages) > 0 {
		p := propose(inv, set)
		// Count the findings with the proposed configuration.
		cfgSet := maps.Clone(set)
		cfgSet[analyzer.FlagAllow] = strings.Join(p.Allow, ",")
		if len(p.Shared) > 0 {
			cfgSet[analyzer.FlagShared] = strings.Join(p.Shared, ",")
		}
		with, err := newConfigured(cfgSet)
		if err != nil {
			fmt.Fprintf(os.Stderr, "poolcheck: %v\n", err)
			return 2
		}
		g2, f2, err := analyze([]*analysis.Analyzer{with}, pkgs)
		if err != nil {
			fmt.Fprintf(os.Stderr, "poolcheck: %v\n", err)
			return 1
		}
		inv.Incomplete = inv.Incomplete || f2
		p.Findings, p.ByCategory, p.New = countFindings(g2, with)
		p.Command = commandLine("", cfgSet, patterns)
		target := cmp.Or(set[analyzer.FlagBaseline], "poolcheck.baseline")
		p.Baseline = commandLine("-"+writeBaselineFlag+"="+target, cfgSet, patterns)
		inv.Proposal = p
	}
	if *jsonOut {
		out, err := json.MarshalIndent(inv, "", "  ")
		if err == nil {
			_, err = os.Stdout.Write(append(out, '\n'))
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "poolcheck: %v\n", err)
			return 1
		}
	} else if err := writeInventory(os.Stdout, inv); err != nil {
		fmt.Fprintf(os.Stderr, "poolcheck: %v\n", err)
		return 1
	}
	if inv.Incomplete {
		fmt.Fprintln(os.Stderr, "poolcheck: the inventory is incomplete: a package failed to load or analyse")
		return 1
	}
	return 0
}

// newConfigured returns a fresh analyzer configured by the flag values
// set, except those named in skip.
func newConfigured(set map[string]string, skip ...string) (*analysis.Analyzer, error) {
	a, err := analyzer.NewAnalyzer(analyzer.Config{})
	if err != nil {
		return nil, err
	}
	for name, value := range set {
		if slices.Contains(skip, name) {
			continue
		}
		if err := a.Flags.Set(name, value); err != nil {
			return nil, fmt.Errorf("-%s: %v", name, err)
		}
	}
	return a, nil
}

// collect reads the constructions from the findings of a, an analyzer
// without -allow, and the package-level pools from the syntax.
func collect(graph *checker.Graph, a *analysis.Analyzer, wd string) *inventory {
	inv := &inventory{}
	seen := map[string]bool{}
	byPkg := map[string]*packageGroup{}
	pools := map[string]*pool{}
	for act, res := range rootResults(graph, a) {
		pkg := act.Package
		path := res.Package
		var here []*construction // this package variant's, for its pools
		for _, f := range res.Findings {
			if f.Category != analyzer.CategoryConstruction && f.Category != analyzer.CategoryRepeated || f.Helper {
				continue // a call of a constructing helper: the construction inside it is listed
			}
			c := newConstruction(pkg, f, wd)
			if c == nil {
				continue
			}
			c.pkg = path
			here = append(here, c)
			id := fmt.Sprintf("%s:%d:%s", c.File, c.offset, c.Constructor)
			if seen[id] {
				continue // the same file in the package and its test variant
			}
			seen[id] = true
			g := byPkg[path]
			if g == nil {
				g = &packageGroup{Path: path}
				byPkg[path] = g
			}
			g.Main = g.Main || pkg.Name == "main"
			g.Constructions++
			inv.Constructions++
			i := slices.IndexFunc(g.Clients, func(cg *clientGroup) bool { return cg.Type == c.client })
			if i < 0 {
				g.Clients = append(g.Clients, &clientGroup{Type: c.client})
				i = len(g.Clients) - 1
			}
			g.Clients[i].Constructions = append(g.Clients[i].Constructions, c)
		}
		for _, p := range findPools(pkg, path, here, wd) {
			if pools[p.Accessor] == nil {
				pools[p.Accessor] = p
			}
		}
	}
	for _, g := range byPkg {
		slices.SortFunc(g.Clients, func(a, b *clientGroup) int { return cmp.Compare(a.Type, b.Type) })
		for _, cg := range g.Clients {
			slices.SortFunc(cg.Constructions, func(a, b *construction) int {
				return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.offset, b.offset))
			})
		}
		inv.Packages = append(inv.Packages, g)
	}
	slices.SortFunc(inv.Packages, func(a, b *packageGroup) int { return cmp.Compare(a.Path, b.Path) })
	inv.Pools = []*pool{}
	for _, p := range pools {
		inv.Pools = append(inv.Pools, p)
	}
	slices.SortFunc(inv.Pools, func(a, b *pool) int {
		return cmp.Or(cmp.Compare(a.pkg, b.pkg), cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.name, b.name))
	})
	if inv.Packages == nil {
		inv.Packages = []*packageGroup{}
	}
	return inv
}

// newConstruction describes one construction finding.
func newConstruction(pkg *packages.Package, f analyzer.Finding, wd string) *construction {
	posn := pkg.Fset.Position(f.Pos)
	c := &construction{
		File:        relPath(wd, posn.Filename),
		Line:        posn.Line,
		Column:      posn.Column,
		Constructor: f.Subject.Name,
		Written:     f.Subject.Written,
		Function:    f.Key.Decl,
		Category:    f.Category,
		Test:        strings.HasSuffix(posn.Filename, "_test.go"),
		Handler:     f.Handler,
		offset:      posn.Offset,
		pos:         f.Pos,
		typ:         f.Client,
		client:      "?",
		fn:          enclosingFunc(pkg, f.Pos),
	}
	if f.Loop.IsValid() {
		c.Loop = pkg.Fset.Position(f.Loop).Line
	}
	if c.typ != nil {
		c.client = types.TypeString(c.typ, nil)
	}
	return c
}

// enclosingFunc is the function or method declared at top level around pos.
func enclosingFunc(pkg *packages.Package, pos token.Pos) *types.Func {
	for _, file := range pkg.Syntax {
		if !(file.FileStart <= pos && pos < file.FileEnd) {
			continue
		}
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Pos() <= pos && pos < fd.End() {
				fn, _ := pkg.TypesInfo.Defs[fd.Name].(*types.Func)
				return fn
			}
		}
	}
	return nil
}

func relPath(wd, filename string) string {
	if wd != "" {
		if rel, err := filepath.Rel(wd, filename); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(rel)
		}
	}
	return filename
}
