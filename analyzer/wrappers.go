package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// wrapperFact marks a function that returns a client it constructed itself
// (directly or through another wrapper): calling it constructs a client.
// Via names the catalogued constructor at the end of the chain, through the
// wrappers in between ("dbutil.open via sql.Open").
type wrapperFact struct {
	Via  string
	Kind kind
}

func (*wrapperFact) AFact() {}

func (f *wrapperFact) String() string { return "constructs via " + f.Via }

// entry presents a wrapper as a catalogue entry for reporting.
func (f *wrapperFact) entry(fn *types.Func) *entry {
	return &entry{name: fn.Origin().FullName(), kind: f.Kind}
}

// findWrappers finds this package's wrappers among the functions that
// contain hits, exports a fact for each, and returns the hits extended with
// the calls of this package's own wrappers. A function is a wrapper when
// the value of a construction reaches one of its return statements as the
// first result, directly or through a local variable; cached values
// (package variables, fields, sync.Once) do not, so getters are not
// wrappers. Calls of wrappers found in this package can make more
// wrappers: iterate to a fixed point.
func (p *checker) findWrappers(hits []hit) []hit {
	local := map[*types.Func]*wrapperFact{}
	var calls []*ast.Ident // references to functions of this package
	for id, obj := range p.pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() == p.pass.Pkg {
			calls = append(calls, id)
		}
	}
	done := map[*ast.Ident]bool{}
	work := hits
	for len(work) > 0 {
		var next []hit
		for _, h := range work {
			if done[h.id] {
				continue
			}
			done[h.id] = true
			fn, via := p.returnedBy(h)
			if fn == nil || local[fn] != nil {
				continue
			}
			f := &wrapperFact{Via: via, Kind: h.e.kind}
			local[fn] = f
			p.pass.ExportObjectFact(fn, f)
			for _, id := range calls {
				if obj, _ := p.pass.TypesInfo.Uses[id].(*types.Func); obj != nil && obj.Origin() == fn {
					next = append(next, hit{id: id, e: f.entry(fn), wrapper: f, sanctioned: p.inSanctioned})
				}
			}
		}
		hits = append(hits, next...)
		work = next
	}
	return hits
}

// returnedBy returns the function declaration whose result is the value
// constructed at h, and the chain to name in messages.
func (p *checker) returnedBy(h hit) (*types.Func, string) {
	if h.e.isLiteral() {
		return nil, ""
	}
	ref, ok := p.refOf(h.id)
	if !ok {
		return nil, ""
	}
	call, ok := callOf(ref)
	if !ok || !p.constructs(h.e, call, true) {
		return nil, ""
	}
	decl, ok := innermostFunc(ref)
	if !ok {
		return nil, ""
	}
	fd, ok := decl.Node().(*ast.FuncDecl)
	if !ok {
		return nil, "" // a literal: the value leaves through a closure, not the function
	}
	fn, _ := p.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if fn == nil || fd.Body == nil {
		return nil, ""
	}
	callCur, _ := decl.FindNode(call)
	for callCur.ParentEdgeKind() == edge.ParenExpr_X {
		callCur = callCur.Parent()
	}
	var v types.Object
	switch callCur.ParentEdgeKind() {
	case edge.ReturnStmt_Results:
		if callCur.ParentEdgeIndex() != 0 {
			return nil, ""
		}
	case edge.AssignStmt_Rhs, edge.ValueSpec_Values:
		var lhs ast.Expr
		switch n := callCur.Parent().Node().(type) {
		case *ast.AssignStmt:
			lhs = n.Lhs[0]
		case *ast.ValueSpec:
			lhs = n.Names[0]
		}
		id, ok := lhs.(*ast.Ident)
		if !ok {
			return nil, "" // stored in a field or element: cached, not returned
		}
		v = p.pass.TypesInfo.ObjectOf(id)
		if v == nil || v.Parent() == v.Pkg().Scope() {
			return nil, ""
		}
		if !returnsVar(p.pass.TypesInfo, decl, v) {
			return nil, ""
		}
	default:
		return nil, ""
	}
	name := shortName(h.e.name)
	if h.wrapper != nil {
		name += " via " + h.wrapper.Via
	}
	return fn, name
}

// returnsVar reports whether some return statement of the function (not of
// a nested literal) returns v as its first result, or a value built around
// it: &Store{db: v}, NewClient(Driver(v)) (ent's generated Open). A method
// call on v (v.Ping()) returns something else.
func returnsVar(info *types.Info, decl inspector.Cursor, v types.Object) bool {
	// Local variables that hold v: pool := adapter.New(v).
	held := map[types.Object]bool{v: true}
	for changed := true; changed; {
		changed = false
		for c := range decl.Preorder((*ast.AssignStmt)(nil)) {
			as := c.Node().(*ast.AssignStmt)
			if len(as.Lhs) != len(as.Rhs) || inFuncLit(c, decl) {
				continue
			}
			for i, l := range as.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok {
					continue
				}
				if x := info.ObjectOf(id); x != nil && !held[x] && x.Parent() != x.Pkg().Scope() && holds(info, as.Rhs[i], held) {
					held[x] = true
					changed = true
				}
			}
		}
	}
	for c := range decl.Preorder((*ast.ReturnStmt)(nil)) {
		if inFuncLit(c, decl) {
			continue
		}
		r := c.Node().(*ast.ReturnStmt)
		if len(r.Results) > 0 && holds(info, r.Results[0], held) {
			return true
		}
	}
	return false
}

// holds reports whether the value of e is one of vs or contains one.
func holds(info *types.Info, e ast.Expr, vs map[types.Object]bool) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return vs[info.Uses[x]]
	case *ast.UnaryExpr:
		return holds(info, x.X, vs)
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if holds(info, elt, vs) {
				return true
			}
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() {
			return len(x.Args) == 1 && holds(info, x.Args[0], vs) // conversion
		}
		for _, a := range x.Args {
			if holds(info, a, vs) {
				return true
			}
		}
	}
	return false
}

// isClientConstructor recognises, without facts, a sanctioned package's
// function that makes a client: its first result is a client type, or a
// struct that holds one (a field, or an embedded struct that does: the
// fields are in the export data), and it takes parameters or can fail. A
// getter of the shared pool, func() *T, does neither; a function that is
// given a client (NewRepo(db *sql.DB) *Repo) wraps it and makes none.
// -shared accessors are excluded before this is asked.
func isClientConstructor(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() != nil || sig.Results().Len() == 0 {
		return false
	}
	res := sig.Results().At(0).Type()
	if !isClientType(res) {
		if !holdsClient(res, 0) {
			return false
		}
		for i := 0; i < sig.Params().Len(); i++ {
			if t := sig.Params().At(i).Type(); isClientType(t) || holdsClient(t, 0) {
				return false
			}
		}
	}
	return sig.Params().Len() > 0 || sig.Results().Len() == 2 && isError(sig.Results().At(1).Type())
}

// holdsClient reports whether t, or the type t points to, is a struct with
// a field of a client type, directly or in an embedded struct (two levels
// at most, which also ends recursive types).
func holdsClient(t types.Type, depth int) bool {
	if depth > 2 {
		return false
	}
	st, ok := types.Unalias(derefType(types.Unalias(t))).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if isClientType(f.Type()) {
			return true
		}
		if f.Embedded() && holdsClient(f.Type(), depth+1) {
			return true
		}
	}
	return false
}

func isClientType(t types.Type) bool {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	return clientTypes[n.Obj().Pkg().Path()+"."+n.Obj().Name()]
}
