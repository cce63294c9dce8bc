package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
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
	case edge.AssignStmt_Rhs, edge.ValueSpec_Values:
		lhs := sameIndexLHS(v.c)
		if lhs == nil && tuple {
			lhs = resultLHS(v.c, v.res)
		}
		if lhs == nil {
			f.escaped = true
			return
		}
		f.store(lhs, v)
	case edge.ReturnStmt_Results:
		if tuple {
			idx = v.res
		}
		if fn, ok := innermostFunc(v.c); ok {
			f.returned(fn, idx, v.stack, v.dialector)
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
