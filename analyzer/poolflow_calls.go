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

// The flow of a pool (poolflow.go) through calls: its methods (the limit
// calls among them), and the package's own functions, into their
// parameters and out of their results.

// resultVar reports whether v is a named result of its function, and
// returns that function's cursor and the result index.
func (f *poolFlow) resultVar(v *types.Var) (inspector.Cursor, int, bool) {
	def, ok := f.p.in.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok || v.Name() == "" || v.Name() == "_" {
		return def, 0, false
	}
	fn, ok := innermostFunc(def)
	if !ok {
		return def, 0, false
	}
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
		returnsPool := sig.Results().Len() > 0 && sqlPool(sig.Results().At(0).Type())
		switch {
		case !isCall && returnsPool:
			f.escaped = true // a method value that hands out the pool
		case isCall && returnsPool:
			// db.DB(), gdb.WithContext(ctx), sqlx's db.Unsafe(): the same pool
			f.push(flowVal{c: callCursor(sel), stack: v.stack})
		}
		// Other methods use the pool (Query, Ping, Close ...) and keep nothing.
	case *types.Var:
		if sqlPool(obj.Type()) {
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
