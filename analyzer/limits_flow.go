package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// The flow of a database/sql pool inside its package.
//
// A pool is followed from its construction through the obvious flows: into
// variables, struct fields of the package, parameters of the package's
// functions, results returned to the package's callers, and through
// methods that return the pool or its *sql.DB (gorm's DB(), chained
// sessions). The walk records whether the pool is
//
//   - stored: kept in a package variable or a struct field, or returned by
//     an exported function (its callers outside the package are not
//     followed: the sanctioned package that makes the pool owns its limit);
//   - limited: some SetMaxOpenConns call receives it;
//   - escaped: it reaches code whose effect is not visible: a function of
//     another package, an interface, a container, a closure's result, an
//     address, a function value ... Then nothing is reported.
//
// Locations are abstracted by their object (one *types.Var per variable or
// field), so two pools in one field share their limit: only silence can
// come of that. Uses in _test.go files are ignored, so a package and its
// test variant reach the same verdict.

// maxFlowSteps bounds the walk of one pool; a longer one counts as escaped.
const maxFlowSteps = 5000

// limitFlow indexes, once per pass, the uses of the package's own
// variables, fields and functions outside test files.
type limitFlow struct {
	p      *checker
	uses   map[types.Object][]*ast.Ident
	limits []*ast.Ident // uses of limit methods, for calls promoted through embedded fields
}

func (p *checker) newLimitFlow(limits []*ast.Ident) *limitFlow {
	lf := &limitFlow{p: p, uses: map[types.Object][]*ast.Ident{}}
	for id, obj := range p.pass.TypesInfo.Uses {
		if obj.Pkg() != p.pass.Pkg || p.inTestFile(id.Pos()) {
			continue
		}
		switch obj := obj.(type) {
		case *types.Var:
			lf.uses[obj.Origin()] = append(lf.uses[obj.Origin()], id)
		case *types.Func:
			lf.uses[obj.Origin()] = append(lf.uses[obj.Origin()], id)
		}
	}
	for _, id := range limits {
		if !p.inTestFile(id.Pos()) {
			lf.limits = append(lf.limits, id)
		}
	}
	return lf
}

// flowVal is an expression whose value is the pool.
type flowVal struct {
	c         inspector.Cursor
	res       int                // the result that carries the pool, if c is a call with several
	stack     []inspector.Cursor // calls entered through a parameter, innermost last
	dialector bool               // a gorm dialector, not yet opened by gorm.Open
}

// verdict is what the walk found out about one pool.
type verdict struct {
	stored, escaped, limited bool
	zero                     bool // limited only with SetMaxOpenConns(n <= 0)
}

type poolFlow struct {
	*limitFlow
	verdict
	work  []flowVal
	vars  map[*types.Var]bool
	funcs map[funcResult]bool
}

type funcResult struct {
	fn  *types.Func
	res int
}

// follow walks the flow of the pool made by the call at c.
func (lf *limitFlow) follow(c inspector.Cursor, dialector bool) verdict {
	f := &poolFlow{limitFlow: lf, vars: map[*types.Var]bool{}, funcs: map[funcResult]bool{}}
	f.work = append(f.work, flowVal{c: c, dialector: dialector})
	for steps := 0; len(f.work) > 0 && !f.escaped && !f.limited; steps++ {
		if steps == maxFlowSteps {
			f.escaped = true
			break
		}
		v := f.work[len(f.work)-1]
		f.work = f.work[:len(f.work)-1]
		f.step(v)
	}
	if !f.escaped && !f.limited {
		f.promotedLimits()
	}
	return f.verdict
}

func (f *poolFlow) push(v flowVal) { f.work = append(f.work, v) }

// step looks at the context of one value of the pool.
func (f *poolFlow) step(v flowVal) {
	info := f.p.pass.TypesInfo
	k, idx := v.c.ParentEdge()
	parent := v.c.Parent()
	_, tuple := info.TypeOf(v.c.Node().(ast.Expr)).(*types.Tuple)
	switch k {
	case edge.ParenExpr_X:
		f.push(flowVal{parent, v.res, v.stack, v.dialector})
	case edge.SelectorExpr_X:
		f.selected(parent, v)
	case edge.AssignStmt_Rhs:
		as := parent.Node().(*ast.AssignStmt)
		switch {
		case len(as.Lhs) == len(as.Rhs):
			f.store(as.Lhs[idx], v)
		case tuple && len(as.Rhs) == 1 && v.res < len(as.Lhs):
			f.store(as.Lhs[v.res], v)
		default:
			f.escaped = true
		}
	case edge.ValueSpec_Values:
		spec := parent.Node().(*ast.ValueSpec)
		switch {
		case len(spec.Names) == len(spec.Values):
			f.store(spec.Names[idx], v)
		case tuple && len(spec.Values) == 1 && v.res < len(spec.Names):
			f.store(spec.Names[v.res], v)
		default:
			f.escaped = true
		}
	case edge.ReturnStmt_Results:
		if tuple {
			idx = v.res
		}
		for fn := range v.c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			f.returned(fn, idx, v.stack, v.dialector)
			break
		}
	case edge.KeyValueExpr_Value:
		kv := parent.Node().(*ast.KeyValueExpr)
		key, _ := kv.Key.(*ast.Ident)
		if parent.ParentEdgeKind() != edge.CompositeLit_Elts || key == nil {
			f.escaped = true // a map literal
			return
		}
		fv, ok := info.Uses[key].(*types.Var)
		if !ok || !fv.IsField() {
			f.escaped = true
			return
		}
		f.storeField(fv, v.dialector)
	case edge.CompositeLit_Elts:
		var st *types.Struct
		if t := info.TypeOf(parent.Node().(ast.Expr)); t != nil {
			st, _ = types.Unalias(derefType(t)).Underlying().(*types.Struct)
		}
		if st == nil || idx >= st.NumFields() {
			f.escaped = true // a slice, array or map element
			return
		}
		f.storeField(st.Field(idx), v.dialector)
	case edge.CallExpr_Args:
		if tuple {
			idx = v.res
			if len(parent.Node().(*ast.CallExpr).Args) != 1 {
				f.escaped = true
				return
			}
		}
		f.argument(parent, idx, v)
	case edge.BinaryExpr_X, edge.BinaryExpr_Y, edge.ExprStmt_X:
		// compared with nil, or discarded
	default:
		f.escaped = true
	}
}

// selected handles x.Sel where x is the pool.
func (f *poolFlow) selected(sel inspector.Cursor, v flowVal) {
	info := f.p.pass.TypesInfo
	switch obj := info.Uses[sel.Node().(*ast.SelectorExpr).Sel].(type) {
	case *types.Func:
		call, isCall := callOf(sel)
		if limitMethods[funcKey(obj)] {
			f.limit(call, isCall)
			return
		}
		if obj.Pkg() == f.p.pass.Pkg {
			f.escaped = true // a method of this package receives the pool
			return
		}
		sig := obj.Signature()
		returnsPool := sig.Results().Len() > 0 && f.p.sqlPool(sig.Results().At(0).Type())
		switch {
		case !isCall && returnsPool:
			f.escaped = true // a method value that hands out the pool
		case isCall && returnsPool:
			// db.DB(), gdb.WithContext(ctx), sqlx's db.Unsafe(): the same pool
			f.push(flowVal{c: callCursor(sel), stack: v.stack})
		}
		// Other methods use the pool (Query, Ping, Close ...) and keep nothing.
	case *types.Var:
		if f.p.sqlPool(obj.Type()) {
			f.push(flowVal{c: sel, stack: v.stack}) // x.DB of a *sqlx.DB
		}
	default:
		f.escaped = true
	}
}

// limit records a limit call; SetMaxOpenConns(0) leaves the pool unlimited.
func (f *poolFlow) limit(call *ast.CallExpr, isCall bool) {
	if isCall && len(call.Args) == 1 {
		if tv, ok := f.p.pass.TypesInfo.Types[call.Args[0]]; ok && tv.Value != nil &&
			constant.Compare(tv.Value, token.LEQ, constant.MakeInt64(0)) {
			f.zero = true
			return
		}
	}
	f.limited = true
}

// store follows an assignment of the pool to lhs.
func (f *poolFlow) store(lhs ast.Expr, v flowVal) {
	info := f.p.pass.TypesInfo
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if l.Name == "_" {
			return
		}
		if obj, ok := info.ObjectOf(l).(*types.Var); ok && obj.Pkg() == f.p.pass.Pkg {
			f.track(obj, v.stack, v.dialector)
			return
		}
	case *ast.SelectorExpr:
		if obj, ok := info.Uses[l.Sel].(*types.Var); ok && obj.IsField() {
			f.storeField(obj, v.dialector)
			return
		}
	}
	f.escaped = true // a variable of another package, *p, m[k] ...
}

// storeField follows the pool into a struct field of this package; a
// field of another package's struct (gorm's postgres.Config{Conn: db})
// hands it to code that is not visible.
func (f *poolFlow) storeField(fv *types.Var, dialector bool) {
	if fv.Pkg() != f.p.pass.Pkg {
		f.escaped = true
		return
	}
	f.track(fv, nil, dialector)
}

// track follows every use of a variable, field or parameter that holds
// the pool.
func (f *poolFlow) track(v *types.Var, stack []inspector.Cursor, dialector bool) {
	v = v.Origin()
	if !dialector && isInterface(v.Type()) {
		f.escaped = true // a type assertion may recover and configure it
		return
	}
	if v.IsField() || v.Parent() == v.Pkg().Scope() {
		f.stored = !dialector || f.stored
		stack = nil
	}
	if f.vars[v] {
		return
	}
	f.vars[v] = true
	if !v.IsField() && v.Parent() != v.Pkg().Scope() {
		if fn, i, ok := f.resultVar(v); ok {
			f.returned(fn, i, stack, dialector) // a named result reaches the caller
		}
	}
	for _, id := range f.uses[v] {
		c, ok := f.p.cursor(id)
		if !ok || c.Node() != id {
			continue
		}
		switch c.ParentEdgeKind() {
		case edge.KeyValueExpr_Key:
			continue // T{f: x} writes another value
		case edge.SelectorExpr_Sel:
			c = c.Parent()
		}
		if c.ParentEdgeKind() == edge.AssignStmt_Lhs {
			continue // v = x writes another value
		}
		f.push(flowVal{c: c, stack: stack, dialector: dialector})
	}
}

// resultVar reports whether v is a named result of its function, and
// returns that function's cursor and the result index.
func (f *poolFlow) resultVar(v *types.Var) (inspector.Cursor, int, bool) {
	def, ok := f.p.in.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok || v.Name() == "" || v.Name() == "_" {
		return def, 0, false
	}
	for fn := range def.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		sig, ok := f.signature(fn.Node())
		if !ok {
			return fn, 0, false
		}
		for i := range sig.Results().Len() {
			if sig.Results().At(i) == v {
				return fn, i, true
			}
		}
		return fn, 0, false
	}
	return def, 0, false
}

// signature is the type of a function declaration or literal.
func (f *poolFlow) signature(n ast.Node) (*types.Signature, bool) {
	var t types.Type
	switch n := n.(type) {
	case *ast.FuncDecl:
		if obj := f.p.pass.TypesInfo.Defs[n.Name]; obj != nil {
			t = obj.Type()
		}
	case *ast.FuncLit:
		t = f.p.pass.TypesInfo.TypeOf(n)
	}
	sig, ok := t.(*types.Signature)
	return sig, ok
}

// returned follows the pool returned as result i of the function at fn.
func (f *poolFlow) returned(fn inspector.Cursor, i int, stack []inspector.Cursor, dialector bool) {
	decl, ok := fn.Node().(*ast.FuncDecl)
	if !ok {
		f.escaped = true // a function literal: its callers are not known
		return
	}
	obj, ok := f.p.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok {
		f.escaped = true
		return
	}
	if n := len(stack); n > 0 {
		if callee, ok := typeutil.Callee(f.p.pass.TypesInfo, stack[n-1].Node().(*ast.CallExpr)).(*types.Func); ok && callee.Origin() == obj {
			// Entered through a parameter of this call: back to its caller only.
			f.push(flowVal{c: stack[n-1], res: i, stack: stack[:n-1], dialector: dialector})
			return
		}
	}
	switch {
	case obj.Exported() && dialector:
		f.escaped = true // a dialector opened by callers outside the package
		return
	case obj.Exported():
		f.stored = true // returned to callers outside the package
	case obj.Signature().Recv() != nil:
		f.escaped = true // may be called through an interface
		return
	}
	fr := funcResult{obj, i}
	if f.funcs[fr] {
		return
	}
	f.funcs[fr] = true
	for _, id := range f.uses[obj] {
		c, ok := f.p.cursor(id)
		if !ok || c.Node() != id {
			continue
		}
		if c.ParentEdgeKind() == edge.SelectorExpr_Sel {
			c = c.Parent()
		}
		if _, isCall := callOf(c); !isCall {
			f.escaped = true // a function value
			return
		}
		f.push(flowVal{c: callCursor(c), res: i, dialector: dialector})
	}
}

// argument follows the pool passed as argument i of call.
func (f *poolFlow) argument(call inspector.Cursor, i int, v flowVal) {
	info := f.p.pass.TypesInfo
	ce := call.Node().(*ast.CallExpr)
	if tv, ok := info.Types[ce.Fun]; ok && tv.IsType() {
		f.escaped = true // a conversion
		return
	}
	fn, ok := typeutil.Callee(info, ce).(*types.Func)
	if !ok || fn.Pkg() == nil {
		f.escaped = true // a builtin, a function value
		return
	}
	fn = fn.Origin()
	if res, ok := passThrough[funcKey(fn)]; ok && i == 0 {
		f.push(flowVal{c: call, res: res, stack: v.stack})
		return
	}
	sig := fn.Signature()
	if fn.Pkg() != f.p.pass.Pkg || (sig.Recv() != nil && isInterface(sig.Recv().Type())) ||
		i >= sig.Params().Len() || (sig.Variadic() && i == sig.Params().Len()-1) {
		f.escaped = true
		return
	}
	f.track(sig.Params().At(i), append(v.stack[:len(v.stack):len(v.stack)], call), v.dialector)
}

// promotedLimits finds s.SetMaxOpenConns(n) calls promoted through an
// embedded field that holds the pool (type Store struct{ *sql.DB }); they
// name no field, so the walk does not meet them.
func (f *poolFlow) promotedLimits() {
	info := f.p.pass.TypesInfo
	for _, id := range f.limits {
		c, ok := f.p.cursor(id)
		if !ok || c.Node() != id || c.ParentEdgeKind() != edge.SelectorExpr_Sel {
			continue
		}
		sel := info.Selections[c.Parent().Node().(*ast.SelectorExpr)]
		if sel == nil {
			continue
		}
		t := sel.Recv()
		path := sel.Index()
		for _, j := range path[:len(path)-1] {
			st, ok := types.Unalias(derefType(t)).Underlying().(*types.Struct)
			if !ok {
				break
			}
			fv := st.Field(j)
			if f.vars[fv.Origin()] {
				call, isCall := callOf(c.Parent())
				f.limit(call, isCall)
				if f.limited {
					return
				}
				break
			}
			t = fv.Type()
		}
	}
}

// isInterface reports whether t is an interface; a type parameter is not
// (must[T any](v T, err error) T passes the pool through).
func isInterface(t types.Type) bool {
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return false
	}
	return types.IsInterface(t)
}
