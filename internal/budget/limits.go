package budget

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/ssa"
)

// The limit of a pool, from SSA value flow.
//
// Forward from the constructed value: through locals, phis, conversions,
// package variables and struct fields (a location is the *ssa.Global or
// the field's *types.Var, so every load of it in the binary counts),
// results returned to callers (call-graph edges), arguments (parameters of
// the callees), methods that hand out the same database/sql pool (gorm's
// DB()), gorm.Open of a dialector, and embedded fields (sqlx's *sql.DB).
// A call of a limit method on any of these (SetMaxOpenConns), or a store
// to a size field (redigo MaxActive), is the limit.
//
// Backward from the constructor's arguments: option and config values
// (pgxpool.Config, redis.Options, mongo's ClientOptions) through their
// builders (ApplyURI(...).SetMaxPoolSize(n)), locals, loads and the
// module's own functions that return them; size fields stored on them and
// size methods called on them; constant DSNs read for pool_max_conns and
// the like.

// maxFlowSteps bounds each walk.
const maxFlowSteps = 4000

// flowIndex indexes, once per binary, the loads of package variables and
// struct fields in the reachable functions.
type flowIndex struct {
	g       *graph
	globals map[*ssa.Global][]ssa.Value
	fields  map[*types.Var][]ssa.Value
}

func newFlowIndex(g *graph) *flowIndex {
	ix := &flowIndex{g: g, globals: map[*ssa.Global][]ssa.Value{}, fields: map[*types.Var][]ssa.Value{}}
	for f := range g.reach {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				switch in := instr.(type) {
				case *ssa.UnOp:
					if in.Op != token.MUL {
						continue
					}
					switch x := in.X.(type) {
					case *ssa.Global:
						ix.globals[x] = append(ix.globals[x], in)
					case *ssa.FieldAddr:
						if v := fieldVar(x.X.Type(), x.Field); v != nil {
							ix.fields[v] = append(ix.fields[v], in)
						}
					}
				case *ssa.Field:
					if v := fieldVar(in.X.Type(), in.Field); v != nil {
						ix.fields[v] = append(ix.fields[v], in)
					}
				}
			}
		}
	}
	return ix
}

// fieldVar is field i of the struct t or *t points to.
func fieldVar(t types.Type, i int) *types.Var {
	st, ok := derefT(t).Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	return st.Field(i).Origin()
}

// setting is one place that sets a limit.
type setting struct {
	n       int64 // when constant
	isConst bool
	pos     token.Pos // a call's parenthesis, a store, a constant
	dsnKey  string    // set by a DSN parameter
}

// limit decides the limit of s and writes it to pl.
func (g *graph) limit(s *site, lib library, pl *Pool) {
	var sets []setting
	if s.value != nil {
		sets = append(sets, g.flow.forward(s.value)...)
	}
	for _, a := range s.args {
		sets = append(sets, g.flow.options(a, lib.dsnKeys)...)
	}
	fset := g.w.prog.Fset
	// where renders a setting's position from the start of its call.
	where := func(st setting) string {
		pos := st.pos
		for _, p := range g.w.byTypes {
			if p.TypesInfo != nil && containsFile(p, pos) {
				pos = g.w.syntaxFor(p).CallStart(pos)
				break
			}
		}
		p := fset.Position(pos)
		return g.w.posn(p.Filename, p.Line, p.Column)
	}
	var config *setting
	best := int64(-1)
	var bestSet setting
	unlimitedConst := false
	for i := range sets {
		st := sets[i]
		switch {
		case !st.isConst:
			if config == nil {
				config = &sets[i]
			}
		case st.n <= 0:
			unlimitedConst = true // SetMaxOpenConns(0): unlimited
		case st.n > best:
			best, bestSet = st.n, st
		}
	}
	switch {
	case config != nil:
		pl.LimitSource = SourceConfig
		pl.LimitPosn = where(*config)
		if best > 0 {
			n := int(best)
			pl.LowerBound = &n
		}
	case best > 0:
		n := int(best)
		pl.Limit, pl.LimitSource = &n, SourceConstant
		pl.LimitPosn = where(bestSet)
		if bestSet.dsnKey != "" {
			pl.LimitNote = "DSN parameter " + bestSet.dsnKey
		}
	case unlimitedConst:
		pl.LimitSource = SourceNone
		pl.LimitNote = "a limit of 0 or less means unlimited"
	case s.info.Kind == "conn":
		one := 1
		pl.Limit, pl.LimitSource, pl.LimitNote = &one, SourceDefault, "one dedicated connection"
	default:
		if n, ok := lib.def(g.w.cfg.CPUs); ok {
			if lib.server == "redis" && lib.prefix != "github.com/go-redis/redis" && containsAny(s.info.Name, "NewClusterClient", "NewFailoverClusterClient") {
				// go-redis v8 cluster.go and v9 osscluster.go: 5 × GOMAXPROCS per node.
				n = 5 * g.w.cfg.CPUs
				pl.Limit, pl.LimitSource = &n, SourceDefault
				pl.LimitNote = fmt.Sprintf("go-redis cluster default PoolSize: 5 × GOMAXPROCS per node with -cpus=%d", g.w.cfg.CPUs)
				return
			}
			pl.Limit, pl.LimitSource = &n, SourceDefault
			pl.LimitNote = lib.note
			if n != 1 && containsAny(lib.note, "CPU", "GOMAXPROCS") {
				pl.LimitNote += fmt.Sprintf(" with -cpus=%d", g.w.cfg.CPUs)
			}
		} else {
			pl.LimitSource, pl.LimitNote = SourceNone, lib.note
		}
	}
}

// record turns the value given to a limit setter into a setting.
func record(v ssa.Value, pos token.Pos) setting {
	if c, ok := v.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.Int {
		n, _ := constant.Int64Val(c.Value)
		return setting{n: n, isConst: true, pos: pos}
	}
	if c, ok := v.(*ssa.Convert); ok {
		if k, ok := c.X.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.Int {
			n, _ := constant.Int64Val(k.Value)
			return setting{n: n, isConst: true, pos: pos}
		}
	}
	return setting{pos: pos}
}

func instrPos(in ssa.Instruction) token.Pos {
	if c, ok := in.(ssa.CallInstruction); ok {
		return c.Common().Pos()
	}
	return in.Pos()
}

// forward follows the constructed value v and collects its limits.
func (ix *flowIndex) forward(v ssa.Value) []setting {
	var out []setting
	seen := map[ssa.Value]bool{}
	work := []ssa.Value{v}
	push := func(x ssa.Value) {
		if x != nil && !seen[x] {
			seen[x] = true
			work = append(work, x)
		}
	}
	seen[v] = true
	for steps := 0; len(work) > 0 && steps < maxFlowSteps; steps++ {
		x := work[len(work)-1]
		work = work[:len(work)-1]
		if _, isTuple := x.Type().(*types.Tuple); isTuple {
			for _, r := range refs(x) {
				if e, ok := r.(*ssa.Extract); ok && e.Index == 0 {
					push(e)
				}
			}
			continue
		}
		for _, r := range refs(x) {
			switch r := r.(type) {
			case *ssa.Phi, *ssa.ChangeType, *ssa.MakeInterface, *ssa.TypeAssert, *ssa.Convert:
				push(r.(ssa.Value))
			case *ssa.UnOp:
				if r.Op == token.MUL {
					push(r)
				}
			case *ssa.Store:
				if r.Val != x {
					continue
				}
				switch a := r.Addr.(type) {
				case *ssa.Global:
					for _, l := range ix.globals[a] {
						push(l)
					}
				case *ssa.FieldAddr:
					if fv := fieldVar(a.X.Type(), a.Field); fv != nil {
						for _, l := range ix.fields[fv] {
							push(l)
						}
					}
				case *ssa.Alloc:
					for _, l := range refs(a) {
						if u, ok := l.(*ssa.UnOp); ok && u.Op == token.MUL {
							push(u)
						}
					}
				}
			case *ssa.FieldAddr:
				fv := fieldVar(r.X.Type(), r.Field)
				if fv == nil {
					continue
				}
				if analyzer.IsSizeField(fv) {
					for _, s := range refs(r) {
						if st, ok := s.(*ssa.Store); ok && st.Addr == r {
							out = append(out, record(st.Val, st.Pos()))
						}
					}
					continue
				}
				if fv.Embedded() || analyzer.HasSQLPool(fv.Type()) {
					for _, l := range refs(r) {
						if u, ok := l.(*ssa.UnOp); ok && u.Op == token.MUL {
							push(u)
						}
					}
				}
			case *ssa.Field:
				if fv := fieldVar(r.X.Type(), r.Field); fv != nil && (fv.Embedded() || analyzer.HasSQLPool(fv.Type())) {
					push(r)
				}
			case *ssa.Return:
				ix.returned(r, x, push)
			case *ssa.MakeClosure:
				for i, b := range r.Bindings {
					if b == x {
						if fn, ok := r.Fn.(*ssa.Function); ok && i < len(fn.FreeVars) {
							push(fn.FreeVars[i])
						}
					}
				}
			case ssa.CallInstruction:
				out = append(out, ix.call(r, x, push)...)
			}
		}
	}
	return out
}

func refs(v ssa.Value) []ssa.Instruction {
	if r := v.Referrers(); r != nil {
		return *r
	}
	return nil
}

// returned follows x returned by its function to the callers.
func (ix *flowIndex) returned(r *ssa.Return, x ssa.Value, push func(ssa.Value)) {
	n := ix.g.cg.Nodes[r.Parent()]
	if n == nil {
		return
	}
	for i, res := range r.Results {
		if res != x {
			continue
		}
		for _, e := range n.In {
			if e.Site == nil || !ix.g.reach[e.Caller.Func] {
				continue
			}
			call := e.Site.Value()
			if call == nil {
				continue
			}
			if len(r.Results) == 1 {
				push(call)
				continue
			}
			for _, ref := range refs(call) {
				if ex, ok := ref.(*ssa.Extract); ok && ex.Index == i {
					push(ex)
				}
			}
		}
	}
}

// call handles a call that receives x as receiver or argument.
func (ix *flowIndex) call(c ssa.CallInstruction, x ssa.Value, push func(ssa.Value)) []setting {
	common := c.Common()
	args := common.Args
	if common.IsInvoke() {
		args = append([]ssa.Value{common.Value}, args...)
	}
	callee := common.StaticCallee()
	var obj *types.Func
	if callee != nil {
		obj, _ = callee.Object().(*types.Func)
	}
	for i, a := range args {
		if a != x {
			continue
		}
		if obj != nil && i == 0 && obj.Signature().Recv() != nil {
			if analyzer.IsLimitMethod(obj) || analyzer.IsSizeMethod(obj) {
				if len(args) == 2 {
					return []setting{record(args[1], common.Pos())}
				}
				return nil
			}
			if res := obj.Signature().Results(); res.Len() > 0 && analyzer.HasSQLPool(res.At(0).Type()) && c.Value() != nil {
				push(c.Value()) // gdb.DB(), db.WithContext(ctx): the same pool
				continue
			}
		}
		if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "gorm.io/gorm" && obj.Name() == "Open" && i == 0 && c.Value() != nil {
			push(c.Value()) // gorm.Open(dialector) opens the dialector's pool
			continue
		}
		// Into the callees' parameters (the module's own code and
		// wrappers; the catalogued libraries keep what they are given).
		if n := ix.g.cg.Nodes[c.Parent()]; n != nil {
			for _, e := range n.Out {
				if e.Site != c {
					continue
				}
				f := e.Callee.Func
				if p := ix.g.w.pkgOf(f); p == nil || ix.g.w.cat.Library(p.PkgPath) {
					continue
				}
				if i < len(f.Params) {
					push(f.Params[i])
				}
			}
		}
	}
	return nil
}

// origins walks v back to the values it may come from, through locals,
// phis, conversions, extracts and parameters (callers' arguments), up to
// depth calls.
func (ix *flowIndex) origins(v ssa.Value, depth int) []ssa.Value {
	var out []ssa.Value
	seen := map[ssa.Value]bool{}
	var walk func(v ssa.Value, d int)
	walk = func(v ssa.Value, d int) {
		if v == nil || seen[v] || len(seen) > maxFlowSteps {
			return
		}
		seen[v] = true
		out = append(out, v)
		switch x := v.(type) {
		case *ssa.Phi:
			for _, e := range x.Edges {
				walk(e, d)
			}
		case *ssa.ChangeType:
			walk(x.X, d)
		case *ssa.Convert:
			walk(x.X, d)
		case *ssa.MakeInterface:
			walk(x.X, d)
		case *ssa.Extract:
			walk(x.Tuple, d)
		case *ssa.UnOp:
			if x.Op == token.MUL {
				if a, ok := x.X.(*ssa.Alloc); ok {
					walk(a, d)
				}
			}
		case *ssa.Slice:
			walk(x.X, d) // the array of a variadic call
		case *ssa.Alloc:
			// What is stored in it, or in its elements (f(opts...)'s array).
			for _, r := range refs(x) {
				switch r := r.(type) {
				case *ssa.Store:
					if r.Addr == x {
						walk(r.Val, d)
					}
				case *ssa.IndexAddr:
					for _, rr := range refs(r) {
						if st, ok := rr.(*ssa.Store); ok && st.Addr == r {
							walk(st.Val, d)
						}
					}
				}
			}
		case *ssa.Parameter:
			if d == 0 {
				return
			}
			fn := x.Parent()
			idx := -1
			for i, p := range fn.Params {
				if p == x {
					idx = i
				}
			}
			n := ix.g.cg.Nodes[fn]
			if n == nil || idx < 0 {
				return
			}
			for _, e := range n.In {
				if e.Site == nil || !ix.g.reach[e.Caller.Func] {
					continue
				}
				args := e.Site.Common().Args
				if e.Site.Common().IsInvoke() {
					args = append([]ssa.Value{e.Site.Common().Value}, args...)
				}
				if idx < len(args) {
					walk(args[idx], d-1)
				}
			}
		case *ssa.Call:
			// The module's own functions that return the value.
			if d == 0 {
				return
			}
			callee := x.Common().StaticCallee()
			if callee == nil || !ix.g.w.inMainModule(callee) {
				return
			}
			for _, b := range callee.Blocks {
				if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(r.Results) > 0 {
					walk(r.Results[0], d-1)
				}
			}
		}
	}
	walk(v, depth)
	return out
}

// options collects the limits set on an option or config value passed to
// a constructor, and DSN parameters among dsnKeys in constant strings.
func (ix *flowIndex) options(arg ssa.Value, dsnKeys []string) []setting {
	var out []setting
	seen := map[ssa.Value]bool{}
	var visit func(v ssa.Value, d int)
	visit = func(v ssa.Value, d int) {
		for _, o := range ix.origins(v, d) {
			if seen[o] {
				continue
			}
			seen[o] = true
			if c, ok := o.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String && len(dsnKeys) > 0 {
				if n, key, ok := dsnLimit(constant.StringVal(c.Value), dsnKeys); ok {
					out = append(out, setting{n: int64(n), isConst: true, pos: c.Pos(), dsnKey: key})
				}
			}
			// Size fields stored and size methods called on the value.
			for _, r := range refs(o) {
				switch r := r.(type) {
				case *ssa.FieldAddr:
					if fv := fieldVar(r.X.Type(), r.Field); fv != nil && analyzer.IsSizeField(fv) {
						for _, s := range refs(r) {
							if st, ok := s.(*ssa.Store); ok && st.Addr == r {
								out = append(out, record(st.Val, st.Pos()))
							}
						}
					}
				case ssa.CallInstruction:
					fn := staticFunc(r)
					if fn != nil && fn.Signature().Recv() != nil && len(r.Common().Args) == 2 && r.Common().Args[0] == o && analyzer.IsSizeMethod(fn) {
						out = append(out, record(r.Common().Args[1], r.Common().Pos()))
					}
				}
			}
			call, ok := o.(*ssa.Call)
			if !ok {
				continue
			}
			fn := staticFunc(call)
			if fn == nil {
				continue
			}
			args := call.Common().Args
			if analyzer.IsSizeMethod(fn) && len(args) == 2 {
				out = append(out, record(args[1], call.Common().Pos()))
			}
			// Parsers and builders: constant DSNs among the arguments, and the
			// receiver of a builder that returns its own type.
			for i, a := range args {
				if i == 0 && fn.Signature().Recv() != nil {
					if types.Identical(a.Type(), call.Type()) {
						visit(a, d)
					}
					continue
				}
				if b, ok := a.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
					visit(a, d)
				}
			}
		}
	}
	visit(arg, 3)
	return out
}

func staticFunc(c ssa.CallInstruction) *types.Func {
	callee := c.Common().StaticCallee()
	if callee == nil {
		return nil
	}
	fn, _ := callee.Object().(*types.Func)
	return fn
}
