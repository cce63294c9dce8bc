package budget

import (
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"time"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
)

// site is one construction reachable in a binary.
type site struct {
	fn    *ssa.Function // the function that contains it
	pos   token.Pos     // the call's parenthesis or the literal's brace
	instr ssa.Instruction
	value ssa.Value     // the constructed value (call result or allocation), if any
	args  []ssa.Value   // the call's arguments
	obj   *types.Func   // the constructor, for calls
	info  analyzer.Site // what the analyzer says about it
}

// binary computes the pool map of one main package.
func (w *world) binary(p *packages.Package, mp *ssa.Package) *Binary {
	var roots []*ssa.Function
	for _, name := range []string{"main", "init"} {
		if f := mp.Func(name); f != nil {
			roots = append(roots, f)
		}
	}
	g := w.callGraph(roots)
	start := time.Now()
	g.computeLevels()
	g.flow = newFlowIndex(g)
	w.step("  multiplicity", start)
	defer w.step("  sites and limits", time.Now())
	b := &Binary{Package: p.PkgPath, Pools: []*Pool{}}
	for _, s := range g.sites() {
		b.Pools = append(b.Pools, g.pool(s))
	}
	sort.SliceStable(b.Pools, func(i, j int) bool { return b.Pools[i].Posn < b.Pools[j].Posn })
	b.total()
	return b
}

// sites finds the constructions in the reachable functions: calls whose
// callee (static or from the call graph) is catalogued, and composite
// literals or new(T) of catalogued pool types. Code inside the catalogued
// libraries is theirs (pgxpool.New calls NewWithConfig, a gorm dialector
// calls sql.Open) and is not another construction.
func (g *graph) sites() []*site {
	var out []*site
	seen := map[token.Pos]bool{}
	for _, f := range sortedFuncs(g.reach) {
		if p := g.w.pkgOf(f); p == nil || g.w.cat.Library(p.PkgPath) {
			continue
		}
		s := g.w.syntaxOf(f)
		if s == nil {
			continue
		}
		add := func(st *site) {
			if seen[st.pos] {
				return
			}
			info, ok := s.SiteAt(st.pos, st.obj)
			if !ok {
				return
			}
			seen[st.pos] = true
			st.fn, st.info = f, info
			out = append(out, st)
		}
		if n := g.cg.Nodes[f]; n != nil {
			for _, e := range n.Out {
				if e.Site == nil {
					continue
				}
				obj, _ := e.Callee.Func.Object().(*types.Func)
				if obj == nil {
					continue
				}
				if _, ok := g.w.cat.Func(obj); !ok {
					continue
				}
				st := &site{pos: e.Site.Pos(), instr: e.Site, obj: obj, args: e.Site.Common().Args}
				if v := e.Site.Value(); v != nil {
					st.value = v
				}
				if e.Site.Common().IsInvoke() {
					st.args = append([]ssa.Value{e.Site.Common().Value}, st.args...)
				}
				add(st)
			}
		}
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				a, ok := instr.(*ssa.Alloc)
				if !ok {
					continue
				}
				if _, ok := g.w.cat.Type(a.Type()); ok {
					add(&site{pos: a.Pos(), instr: a, value: a})
				}
			}
		}
	}
	return out
}

// pool describes one site.
func (g *graph) pool(s *site) *Pool {
	w := g.w
	pos := w.prog.Fset.Position(s.info.Pos)
	pl := &Pool{
		Posn:        w.posn(pos.Filename, pos.Line, pos.Column),
		Constructor: s.info.Name,
		Written:     s.info.Written,
		Kind:        s.info.Kind,
		Function:    funcName(s.fn),
	}
	if p := w.pkgOf(s.fn); p != nil {
		pl.Sanctioned = w.cat.Sanctioned(p.PkgPath)
	}
	lib := libraryOf(constructorPkg(s.info.Name))
	pl.Server = g.server(s, lib)

	m, path, why := g.multiplicity(s.fn)
	if own := siteMultiplicity(s.info.Repetition); rank(own) > rank(m) {
		m, path, why = own, []*ssa.Function{s.fn}, s.info.Repetition
	}
	pl.Multiplicity, pl.Why = m, why
	pl.Path = g.display(path)
	pl.Instances = 1
	if m == Once {
		pl.Instances = g.instances(s.fn)
	}
	g.limit(s, lib, pl)
	return pl
}

// constructorPkg is the package path of a catalog name: "database/sql.Open",
// "(*xorm.io/xorm.Engine).NewDB", "github.com/gomodule/redigo/redis.Pool{}".
func constructorPkg(name string) string {
	if len(name) > 0 && name[0] == '(' {
		name = name[1:]
		if len(name) > 0 && name[0] == '*' {
			name = name[1:]
		}
		for i := 0; i < len(name); i++ {
			if name[i] == ')' {
				name = name[:i]
				break
			}
		}
	}
	slash := 0
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' {
			slash = i
			break
		}
	}
	for i := len(name) - 1; i > slash; i-- {
		if name[i] == '.' {
			// gopkg.in/mgo.v2.Dial: the name follows the last dot.
			return name[:i]
		}
	}
	return name
}

// siteMultiplicity classifies the analyzer's repetition of a site within
// its own function.
func siteMultiplicity(rep string) string {
	switch {
	case rep == "":
		return Once
	case len(rep) >= 19 && rep[:19] == "runs in a goroutine":
		return PerGoroutine
	case containsAny(rep, "request to", "call to"):
		return PerRequest
	}
	return PerIteration
}

// server names the server a site talks to: the database/sql driver name
// (a constant first argument named driverName or dialect, or the package
// that made the connector of sql.OpenDB), else the library's server.
func (g *graph) server(s *site, lib library) string {
	if !lib.sqlDriver {
		return lib.server
	}
	if s.obj != nil && len(s.args) > 0 {
		params := s.obj.Signature().Params()
		if params.Len() > 0 && containsAny(params.At(0).Name(), "driver", "dialect") {
			for _, v := range g.flow.origins(s.args[0], 3) {
				if c, ok := v.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String {
					return driverServer(constant.StringVal(c.Value))
				}
			}
			return "sql"
		}
		// sql.OpenDB(connector): who made the connector?
		for _, v := range g.flow.origins(s.args[0], 3) {
			if call, ok := v.(*ssa.Call); ok {
				if callee := call.Common().StaticCallee(); callee != nil {
					if p := w(callee); p != "" {
						if srv, ok := connectorServer(p); ok {
							return srv
						}
					}
				}
			}
			if mi, ok := v.(*ssa.MakeInterface); ok {
				if n, ok := types.Unalias(derefT(mi.X.Type())).(*types.Named); ok && n.Obj().Pkg() != nil {
					if srv, ok := connectorServer(n.Obj().Pkg().Path()); ok {
						return srv
					}
				}
			}
		}
	}
	return "sql"
}

func w(f *ssa.Function) string {
	if obj := f.Object(); obj != nil && obj.Pkg() != nil {
		return obj.Pkg().Path()
	}
	return ""
}

func derefT(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		for i := 0; i+len(sub) <= len(s); i++ {
			if s[i:i+len(sub)] == sub {
				return true
			}
		}
	}
	return false
}

// maxPath is the longest path printed; longer ones keep both ends.
const maxPath = 8

func shorten(path []string) []string {
	if len(path) <= maxPath {
		return path
	}
	out := append([]string(nil), path[:3]...)
	out = append(out, "…")
	return append(out, path[len(path)-(maxPath-4):]...)
}

func sortedFuncs(set map[*ssa.Function]bool) []*ssa.Function {
	fs := make([]*ssa.Function, 0, len(set))
	for f := range set {
		fs = append(fs, f)
	}
	sortFuncs(fs)
	return fs
}

func sortFuncs(fs []*ssa.Function) {
	// Synthetic functions have no position: their names (computed once)
	// order them.
	type key struct {
		pos  token.Pos
		name string
	}
	keys := make(map[*ssa.Function]key, len(fs))
	for _, f := range fs {
		k := key{pos: f.Pos()}
		if !k.pos.IsValid() {
			k.name = f.String()
		}
		keys[f] = k
	}
	sort.Slice(fs, func(i, j int) bool {
		a, b := keys[fs[i]], keys[fs[j]]
		if a.pos != b.pos {
			return a.pos < b.pos
		}
		return a.name < b.name
	})
}
