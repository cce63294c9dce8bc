package budget

import (
	"fmt"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/callgraph"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

// Call-graph algorithms (Config.CallGraph).
const (
	VTA = "vta" // RTA for reachability, VTA for the edges (default)
	RTA = "rta" // RTA alone
	CHA = "cha" // class hierarchy analysis, reachability by walking it
)

// DefaultCPUs is the CPU count (GOMAXPROCS) assumed for library defaults
// that grow with the machine, unless Config.CPUs says otherwise.
const DefaultCPUs = 4

// Config configures one run.
type Config struct {
	Analyzer  analyzer.Config // -allow and -constructors
	CallGraph string          // VTA (default), RTA or CHA
	CPUs      int             // GOMAXPROCS of one process in production; 0 means DefaultCPUs
	Dir       string          // directory to load from; "" is the working directory
	Env       []string        // environment of the go command; nil is os.Environ()
	// Timings, if not nil, receives the duration of each step.
	Timings func(step string, d time.Duration)
}

// LoadError is bad input: packages that do not load or type-check, a
// pattern without a main package, cgo that cannot be processed. Its
// message is meant for the user as it is.
type LoadError struct{ Msg string }

func (e *LoadError) Error() string { return e.Msg }

// Run computes the pool map of every main package matched by patterns.
func Run(cfg Config, patterns ...string) (*Report, error) {
	cat, err := analyzer.NewCatalog(cfg.Analyzer)
	if err != nil {
		return nil, err
	}
	switch cfg.CallGraph {
	case "":
		cfg.CallGraph = VTA
	case VTA, RTA, CHA:
	default:
		return nil, fmt.Errorf("unknown call graph %q (want vta, rta or cha)", cfg.CallGraph)
	}
	if cfg.CPUs <= 0 {
		cfg.CPUs = DefaultCPUs
	}
	step := func(name string, start time.Time) {
		if cfg.Timings != nil {
			cfg.Timings(name, time.Since(start))
		}
	}
	start := time.Now()
	pkgs, err := load(cfg, patterns)
	step("load", start)
	if err != nil {
		return nil, err
	}
	var mains []*packages.Package
	for _, p := range pkgs {
		if p.Name == "main" {
			mains = append(mains, p)
		}
	}
	if len(mains) == 0 {
		return nil, &LoadError{fmt.Sprintf("%s matched no main package: -budget maps binaries; name a command, e.g. ./cmd/... or ./...", strings.Join(patterns, " "))}
	}
	start = time.Now()
	prog, ssaPkgs := ssautil.AllPackages(pkgs, ssa.InstantiateGenerics)
	prog.Build()
	step("ssa", start)

	w := newWorld(cfg, cat, prog, pkgs)
	rep := &Report{CPUs: cfg.CPUs, CallGraph: cfg.CallGraph}
	for i, p := range pkgs {
		if p.Name != "main" || ssaPkgs[i] == nil {
			continue
		}
		start = time.Now()
		b := w.binary(p, ssaPkgs[i])
		step("graph "+p.PkgPath, start)
		rep.Binaries = append(rep.Binaries, b)
	}
	sort.Slice(rep.Binaries, func(i, j int) bool { return rep.Binaries[i].Package < rep.Binaries[j].Package })
	return rep, nil
}

// load loads patterns and every dependency from source. Test files are
// never loaded: constructions in them are not part of any binary.
func load(cfg Config, patterns []string) ([]*packages.Package, error) {
	env := cfg.Env
	if env == nil {
		env = os.Environ()
	}
	lc := &packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  cfg.Dir,
		Env:  env,
	}
	pkgs, err := packages.Load(lc, patterns...)
	if err != nil {
		return nil, &LoadError{fmt.Sprintf("cannot list %s: %v", strings.Join(patterns, " "), err)}
	}
	if len(pkgs) == 0 {
		return nil, &LoadError{fmt.Sprintf("%s matched no packages", strings.Join(patterns, " "))}
	}
	var msgs []string
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			m := e.Error()
			if advice, ok := cgoError(p, env); ok {
				m += " (" + advice + ")"
			}
			if !seen[m] {
				seen[m] = true
				msgs = append(msgs, m)
			}
		}
	})
	if len(msgs) > 0 {
		const most = 10
		more := ""
		if len(msgs) > most {
			more = fmt.Sprintf("\n... and %d more", len(msgs)-most)
			msgs = msgs[:most]
		}
		return nil, &LoadError{fmt.Sprintf("packages do not load or type-check; -budget needs a program that builds:\n%s%s", strings.Join(msgs, "\n"), more)}
	}
	return pkgs, nil
}

// cgoError reports whether a load error of p comes from cgo: a file of
// the package imports "C" and was excluded (CGO_ENABLED=0) or could not be
// processed (no C compiler). It returns the advice to give.
func cgoError(p *packages.Package, env []string) (string, bool) {
	uses := false
	for _, name := range append(append([]string(nil), p.IgnoredFiles...), p.GoFiles...) {
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			continue
		}
		for _, imp := range f.Imports {
			if imp.Path.Value == `"C"` {
				uses = true
			}
		}
	}
	if !uses {
		return "", false
	}
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], "CGO_ENABLED="); ok {
			if v == "0" {
				return "the package uses cgo, which CGO_ENABLED=0 turns off: run with CGO_ENABLED=1 and a C compiler", true
			}
			break
		}
	}
	return "the package uses cgo: -budget needs a C compiler to load it (install gcc or set CC)", true
}

// world is what the binaries of one load share.
type world struct {
	cfg     Config
	cat     *analyzer.Catalog
	prog    *ssa.Program
	byTypes map[*types.Package]*packages.Package
	syntax  map[*packages.Package]*analyzer.Syntax
	mainMod map[string]bool   // paths of the main modules
	root    string            // directory that posn is relative to
	cha     *callgraph.Graph  // built once, for every binary
	modDirs map[string]string // dependency module directory -> path@version
}

func newWorld(cfg Config, cat *analyzer.Catalog, prog *ssa.Program, pkgs []*packages.Package) *world {
	w := &world{cfg: cfg, cat: cat, prog: prog, byTypes: map[*types.Package]*packages.Package{},
		syntax: map[*packages.Package]*analyzer.Syntax{}, mainMod: map[string]bool{}, modDirs: map[string]string{}}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.Types != nil {
			w.byTypes[p.Types] = p
		}
	})
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if m := p.Module; m != nil && m.Dir != "" && !m.Main {
			w.modDirs[m.Dir] = m.Path + "@" + m.Version
		}
	})
	for _, p := range pkgs {
		if p.Module != nil {
			w.mainMod[p.Module.Path] = true
			if w.root == "" {
				w.root = p.Module.Dir
			}
		}
	}
	if w.root == "" {
		w.root, _ = filepath.Abs(cfg.Dir)
	}
	return w
}

// inMainModule reports whether fn is code of the modules the patterns
// named (not a dependency).
func (w *world) inMainModule(fn *ssa.Function) bool {
	p := w.pkgOf(fn)
	return p != nil && p.Module != nil && w.mainMod[p.Module.Path]
}

func (w *world) pkgOf(fn *ssa.Function) *packages.Package {
	if fn == nil {
		return nil
	}
	obj := fn
	for obj.Parent() != nil {
		obj = obj.Parent()
	}
	if o := obj.Origin(); o != nil {
		obj = o
	}
	if obj.Pkg == nil {
		return nil
	}
	return w.byTypes[obj.Pkg.Pkg]
}

// syntaxOf returns the analyzer's view of fn's package, or nil for
// synthetic functions.
func (w *world) syntaxOf(fn *ssa.Function) *analyzer.Syntax {
	p := w.pkgOf(fn)
	if p == nil || p.TypesInfo == nil {
		return nil
	}
	return w.syntaxFor(p)
}

// syntaxFor returns the analyzer's view of p.
func (w *world) syntaxFor(p *packages.Package) *analyzer.Syntax {
	s, ok := w.syntax[p]
	if !ok {
		s = w.cat.NewSyntax(p.Fset, p.Types, p.Syntax, p.TypesInfo)
		w.syntax[p] = s
	}
	return s
}

// posn renders a position relative to the module root; in a dependency,
// as module@version/file; in the standard library, relative to GOROOT/src.
func (w *world) posn(file string, line, col int) string {
	rel := file
	if r, ok := relTo(w.root, file); ok {
		rel = r
	} else {
		best := ""
		for dir, mod := range w.modDirs {
			if r, ok := relTo(dir, file); ok && len(dir) > len(best) {
				best, rel = dir, mod+"/"+r
			}
		}
		if best == "" {
			if r, ok := relTo(filepath.Join(runtime.GOROOT(), "src"), file); ok {
				rel = r
			}
		}
	}
	return fmt.Sprintf("%s:%d:%d", rel, line, col)
}

func relTo(dir, file string) (string, bool) {
	if dir == "" {
		return "", false
	}
	r, err := filepath.Rel(dir, file)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// step reports the time since start of one step to Config.Timings.
func (w *world) step(name string, start time.Time) {
	if w.cfg.Timings != nil {
		w.cfg.Timings(name, time.Since(start))
	}
}

// containsFile reports whether one of p's files holds pos.
func containsFile(p *packages.Package, pos token.Pos) bool {
	for _, f := range p.Syntax {
		if f.FileStart <= pos && pos < f.FileEnd {
			return true
		}
	}
	return false
}
