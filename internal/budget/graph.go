package budget

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/callgraph"
	"golang.org/x/tools/go/callgraph/cha"
	"golang.org/x/tools/go/callgraph/rta"
	"golang.org/x/tools/go/callgraph/vta"
	"golang.org/x/tools/go/ssa"
)

// Multiplicities, from the mildest to the worst.
const (
	Once         = "once"
	PerGoroutine = "per-goroutine"
	PerIteration = "per-iteration"
	PerRequest   = "per-request"
)

func rank(m string) int {
	switch m {
	case PerGoroutine:
		return 1
	case PerIteration:
		return 2
	case PerRequest:
		return 3
	}
	return 0
}

// graph is the call graph of one binary.
type graph struct {
	w     *world
	roots []*ssa.Function
	cg    *callgraph.Graph
	reach map[*ssa.Function]bool
	// from is the shortest path from a root: the edge that reached each
	// function first.
	from map[*ssa.Function]*callgraph.Edge
	// levels: for each multiplicity above once, the functions that run
	// with it, the edge that reached each first, and the source that
	// started it.
	levels map[string]*level
	flow   *flowIndex
}

// level is the set of functions that run with one multiplicity.
type level struct {
	from   map[*ssa.Function]*callgraph.Edge // nil edge: a source
	reason map[*ssa.Function]string          // at sources: why
	caller map[*ssa.Function]*ssa.Function   // at sources: the function with the loop, if any
}

// callGraph builds the graph of a binary from its roots.
func (w *world) callGraph(roots []*ssa.Function) *graph {
	g := &graph{w: w, roots: roots}
	defer w.step("  call graph ("+w.cfg.CallGraph+")", time.Now())
	switch w.cfg.CallGraph {
	case CHA:
		if w.cha == nil {
			w.cha = cha.CallGraph(w.prog)
		}
		g.cg = w.cha
	default:
		start := time.Now()
		res := rta.Analyze(roots, true)
		w.step(fmt.Sprintf("  rta (%d reachable functions)", len(res.Reachable)), start)
		g.cg = res.CallGraph
		if w.cfg.CallGraph == VTA {
			defer w.step("  vta", time.Now())
			funcs := make(map[*ssa.Function]bool, len(res.Reachable))
			for f := range res.Reachable {
				funcs[f] = true
			}
			g.cg = vta.CallGraph(funcs, res.CallGraph)
		}
	}
	g.reach, g.from = g.bfs(roots, nil, nil)
	return g
}

// bfs walks forward from sources and returns the functions reached and
// the first edge into each. skip, if not nil, stops edges.
func (g *graph) bfs(sources []*ssa.Function, skip func(*callgraph.Edge) bool, within map[*ssa.Function]bool) (map[*ssa.Function]bool, map[*ssa.Function]*callgraph.Edge) {
	seen := map[*ssa.Function]bool{}
	from := map[*ssa.Function]*callgraph.Edge{}
	var queue []*ssa.Function
	for _, f := range sources {
		if f != nil && !seen[f] {
			seen[f] = true
			queue = append(queue, f)
		}
	}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		n := g.cg.Nodes[f]
		if n == nil {
			continue
		}
		for _, e := range sortedOut(n) {
			c := e.Callee.Func
			if seen[c] || (within != nil && !within[c]) || (skip != nil && skip(e)) {
				continue
			}
			seen[c] = true
			from[c] = e
			queue = append(queue, c)
		}
	}
	return seen, from
}

// lazyInit reports whether e leaves package sync: sync.Once.Do,
// OnceFunc and OnceValue run their function once, whatever calls them.
func lazyInit(e *callgraph.Edge) bool {
	p := e.Caller.Func.Package()
	if p == nil && e.Caller.Func.Parent() != nil {
		p = e.Caller.Func.Parent().Package()
	}
	return p != nil && p.Pkg.Path() == "sync"
}

// computeLevels finds the functions that run per request, per iteration
// and per goroutine.
func (g *graph) computeLevels() {
	g.levels = map[string]*level{}
	// Per request: everything a handler reaches.
	var handlers []*ssa.Function
	reasons := map[*ssa.Function]string{}
	for f := range g.reach {
		if f.Synthetic != "" || f.Syntax() == nil {
			continue
		}
		s := g.w.syntaxOf(f)
		if s == nil {
			continue
		}
		if h := s.Handler(f.Syntax()); h != "" {
			handlers = append(handlers, f)
			if _, lit := f.Syntax().(*ast.FuncLit); lit {
				h += " " + funcName(f) // "request to an HTTP handler main.main$1"
			} else {
				h = strings.Replace(h, " to "+f.Name(), " to "+funcName(f), 1) // "request to handlers.Users"
			}
			reasons[f] = "runs on every " + h
		}
	}
	sortFuncs(handlers)
	g.levels[PerRequest] = g.level(handlers, reasons)

	// Per iteration and per goroutine: calls in loops of the module's own
	// code, with the analyzer's exceptions (a retry loop, one client per
	// item). Loops in dependencies are servers' accept loops, retries and
	// option lists: requests are counted through handlers instead.
	var iter, gor []*ssa.Function
	iterWhy, gorWhy := map[*ssa.Function]string{}, map[*ssa.Function]string{}
	callers := map[*ssa.Function]*ssa.Function{}
	for _, f := range sortedFuncs(g.reach) {
		if !g.w.inMainModule(f) {
			continue
		}
		s := g.w.syntaxOf(f)
		n := g.cg.Nodes[f]
		if s == nil || n == nil {
			continue
		}
		for _, e := range n.Out {
			if e.Site == nil || lazyInit(e) {
				continue
			}
			pos := g.w.prog.Fset.Position(e.Site.Pos())
			where := fmt.Sprintf("%s (%s:%d)", funcName(f), shortFile(pos.Filename), pos.Line)
			c := e.Callee.Func
			if _, isGo := e.Site.(*ssa.Go); isGo {
				if _, loop := s.InLoop(e.Site.Pos()); loop {
					if _, ok := gorWhy[c]; !ok {
						gor = append(gor, c)
						gorWhy[c] = "runs in a goroutine started on every iteration of a loop in " + where
						callers[c] = f
					}
				}
				continue
			}
			rep := s.CallRepetition(e.Site.Pos())
			if !strings.Contains(rep, "iteration") {
				continue
			}
			if strings.HasPrefix(rep, "runs in a goroutine") {
				if _, ok := gorWhy[c]; !ok {
					gor = append(gor, c)
					gorWhy[c] = "runs in a goroutine started on every iteration of a loop in " + where
					callers[c] = f
				}
				continue
			}
			if _, ok := iterWhy[c]; !ok {
				iter = append(iter, c)
				iterWhy[c] = "runs on every iteration of a loop in " + where
				callers[c] = f
			}
		}
	}
	g.levels[PerIteration] = g.level(iter, iterWhy)
	g.levels[PerGoroutine] = g.level(gor, gorWhy)
	g.levels[PerIteration].caller = callers
	g.levels[PerGoroutine].caller = callers
}

func (g *graph) level(sources []*ssa.Function, reasons map[*ssa.Function]string) *level {
	_, from := g.bfs(sources, lazyInit, g.reach)
	for _, s := range sources {
		from[s] = nil
	}
	return &level{from: from, reason: reasons}
}

// multiplicity returns the worst multiplicity of f, the chain of
// functions from the source of that multiplicity (a handler, the function
// with the loop) or from main, and the reason.
func (g *graph) multiplicity(f *ssa.Function) (m string, path []*ssa.Function, why string) {
	for _, m := range []string{PerRequest, PerIteration, PerGoroutine} {
		lv := g.levels[m]
		if _, ok := lv.from[f]; !ok {
			continue
		}
		path := chain(lv.from, f)
		src := path[0]
		if e := lv.from[src]; e == nil {
			if r, ok := lv.reason[src]; ok {
				why = r
			}
		}
		if c := lv.caller[src]; c != nil && lv.from[src] == nil {
			path = append([]*ssa.Function{c}, path...) // start at the function with the loop
		}
		return m, path, why
	}
	return Once, g.pathTo(f, 0), ""
}

// pathTo returns a shortest call chain from a root to f. A function
// literal is reached through the function that makes it: a
// context-insensitive graph lets any sync.Once.Do call any function
// literal given to one, and the chain through another package's Once
// would not say where the literal comes from.
func (g *graph) pathTo(f *ssa.Function, depth int) []*ssa.Function {
	if par := f.Parent(); par != nil && g.reach[par] && depth < 8 {
		_, from := g.bfs([]*ssa.Function{par}, nil, g.reach)
		if _, ok := from[f]; ok {
			return append(g.pathTo(par, depth+1), chain(from, f)[1:]...)
		}
	}
	return chain(g.from, f)
}

// display names the functions of a path, each run of dependency
// functions shortened to its first (the API the module called) and "…".
func (g *graph) display(path []*ssa.Function) []string {
	var out []string
	prevDep := false
	for i, f := range path {
		if f.Synthetic != "" && !isPackageInit(f) {
			continue // wrappers and thunks
		}
		dep := !g.w.inMainModule(f) && i < len(path)-1
		switch {
		case dep && prevDep:
			if out[len(out)-1] != "…" {
				out = append(out, "…")
			}
		default:
			out = append(out, funcName(f))
		}
		prevDep = dep
	}
	return shorten(out)
}

// chain follows first edges back to a source.
func chain(from map[*ssa.Function]*callgraph.Edge, f *ssa.Function) []*ssa.Function {
	var rev []*ssa.Function
	seen := map[*ssa.Function]bool{}
	for f != nil && !seen[f] {
		seen[f] = true
		rev = append(rev, f)
		e := from[f]
		if e == nil {
			break
		}
		f = e.Caller.Func
	}
	out := make([]*ssa.Function, len(rev))
	for i, f := range rev {
		out[len(rev)-1-i] = f
	}
	return out
}

// maxInstances caps the count of instances of one site.
const maxInstances = 1000

// instances counts the pools a once site makes in a process as the calls
// of the function that contains it: a helper that main calls twice makes
// two pools. Callers that are only ever called dynamically — a CLI's
// subcommands, callbacks, implementations behind one interface call — are
// alternatives: the largest counts, not their sum. Calls further up are
// not multiplied: on real programs (Gitea) the product over every call
// path counts each shared client, cached by a manager, hundreds of times.
// A package initializer, and a function run by sync.Once, runs once.
func (g *graph) instances(f *ssa.Function) int {
	for _, r := range g.roots {
		if f == r {
			return 1
		}
	}
	if isPackageInit(f) {
		return 1
	}
	sites := map[*ssa.Function]map[ssa.CallInstruction]bool{}
	if n := g.cg.Nodes[f]; n != nil {
		for _, e := range n.In {
			c := e.Caller.Func
			if !g.reach[c] || e.Site == nil || lazyInit(e) {
				continue
			}
			if sites[c] == nil {
				sites[c] = map[ssa.CallInstruction]bool{}
			}
			sites[c][e.Site] = true
		}
	}
	sum, alt := 0, 0
	for c, ss := range sites {
		if g.dynamicOnly(c) {
			alt = max(alt, len(ss))
		} else {
			sum += len(ss)
		}
	}
	return min(max(sum, alt, 1), maxInstances)
}

// dynamicOnly reports whether every call of f is dynamic (through an
// interface or a function value).
func (g *graph) dynamicOnly(f *ssa.Function) bool {
	n := g.cg.Nodes[f]
	if n == nil {
		return false
	}
	any := false
	for _, e := range n.In {
		if e.Site == nil || !g.reach[e.Caller.Func] {
			continue
		}
		if e.Site.Common().StaticCallee() != nil {
			return false
		}
		any = true
	}
	return any
}

func isPackageInit(f *ssa.Function) bool {
	return f.Name() == "init" && f.Parent() == nil && f.Signature.Recv() == nil && f.Synthetic == "package initializer"
}

// funcName is a function as the report names it: pkg.F, pkg.(*T).M,
// pkg.F$1 for a function literal.
func funcName(f *ssa.Function) string {
	pkgName := ""
	if p := f.Package(); p != nil {
		pkgName = p.Pkg.Name()
	} else if o := f.Origin(); o != nil && o.Package() != nil {
		pkgName = o.Package().Pkg.Name()
	} else if obj, ok := f.Object().(*types.Func); ok && obj.Pkg() != nil {
		pkgName = obj.Pkg().Name()
	}
	name := f.Name()
	if recv := f.Signature.Recv(); recv != nil {
		t := recv.Type()
		star := ""
		if p, ok := t.(*types.Pointer); ok {
			star, t = "*", p.Elem()
		}
		tn := types.TypeString(t, func(*types.Package) string { return "" })
		if i := strings.IndexByte(tn, '['); i >= 0 {
			tn = tn[:i]
		}
		name = fmt.Sprintf("(%s%s).%s", star, tn, name)
	}
	if pkgName == "" {
		return name
	}
	return pkgName + "." + name
}

func shortFile(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// sortedOut is n.Out in a fixed order (call site, then callee), so that
// shortest paths do not depend on map iteration in the graph builders.
func sortedOut(n *callgraph.Node) []*callgraph.Edge {
	out := append([]*callgraph.Edge(nil), n.Out...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		var pa, pb token.Pos
		if a.Site != nil {
			pa = a.Site.Pos()
		}
		if b.Site != nil {
			pb = b.Site.Pos()
		}
		if pa != pb {
			return pa < pb
		}
		if a.Callee.Func.Pos() != b.Callee.Func.Pos() {
			return a.Callee.Func.Pos() < b.Callee.Func.Pos()
		}
		return a.Callee.Func.Name() < b.Callee.Func.Name()
	})
	return out
}
