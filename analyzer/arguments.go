package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/poolcheck/poolcheck/analyzer/internal/knowledge"
)

// This file decides from the arguments and the syntax around a reference
// whether it constructs anything, and how to name it.

// constructs applies the entry's argument rule to a call. References that
// are not calls (function values) cannot be decided: they are reported
// unless the entry depends on its arguments.
func (p *checker) constructs(e *entry, call *ast.CallExpr, isCall bool) bool {
	info := p.pass.TypesInfo
	if !isCall {
		return e.cond.Rule == knowledge.Always || e.cond.Rule == knowledge.NotOverPoolConnector
	}
	switch e.cond.Rule {
	case knowledge.NotOverPoolConnector:
		if len(call.Args) == 1 {
			if c, ok := ast.Unparen(p.origin(call.Args[0])).(*ast.CallExpr); ok {
				if fn, ok := typeutil.Callee(info, c).(*types.Func); ok && poolConnectors[funcKey(fn)] {
					return false
				}
			}
		}
	case knowledge.UnlessFieldSet:
		if len(call.Args) == 0 {
			return false
		}
		lit, ok := ast.Unparen(p.origin(call.Args[0])).(*ast.CompositeLit)
		if !ok {
			return false // built elsewhere: cannot tell, stay silent
		}
		return !setsField(info, lit, e.cond.Field)
	case knowledge.StringArg:
		i := e.cond.Arg
		if i >= len(call.Args) || (call.Ellipsis.IsValid() && i == len(call.Args)-1) {
			return false
		}
		tv, ok := info.Types[call.Args[i]]
		if !ok || tv.Type == nil {
			return false
		}
		b, ok := tv.Type.Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0
	}
	return true
}

// literalConstructs applies the entry's argument rule to a composite
// literal of a catalogued type: Dialector{Conn: db} reuses db.
func (e *entry) literalConstructs(info *types.Info, lit *ast.CompositeLit) bool {
	return e.cond.Rule != knowledge.UnlessFieldSet || !setsField(info, lit, e.cond.Field)
}

// setsField reports whether a composite literal, or one nested in it,
// sets field to something other than nil.
func setsField(info *types.Info, lit *ast.CompositeLit, field string) bool {
	if lit == nil {
		return false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if k, ok := kv.Key.(*ast.Ident); ok && k.Name == field {
			if tv, ok := info.Types[kv.Value]; ok && tv.IsNil() {
				continue
			}
			return true
		}
		v := ast.Unparen(kv.Value)
		if u, ok := v.(*ast.UnaryExpr); ok {
			v = u.X
		}
		if inner, ok := v.(*ast.CompositeLit); ok && setsField(info, inner, field) {
			return true
		}
	}
	return false
}

// isLiteralConstruction reports whether a reference to a pool type makes a
// value of it: T{...}, &T{...} or new(T).
func isLiteralConstruction(ref inspector.Cursor) bool {
	for k := ref.ParentEdgeKind(); k == edge.IndexExpr_X || k == edge.IndexListExpr_X; k = ref.ParentEdgeKind() {
		ref = ref.Parent() // generic pool type T[A]{...}
	}
	switch ref.ParentEdgeKind() {
	case edge.CompositeLit_Type:
		return true
	case edge.CallExpr_Args:
		call := ref.Parent().Node().(*ast.CallExpr)
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		return ok && id.Name == "new" && len(call.Args) == 1
	}
	return false
}

func literalOf(ref inspector.Cursor) *ast.CompositeLit {
	for k := ref.ParentEdgeKind(); k == edge.IndexExpr_X || k == edge.IndexListExpr_X; k = ref.ParentEdgeKind() {
		ref = ref.Parent()
	}
	lit, _ := ref.Parent().Node().(*ast.CompositeLit)
	return lit
}

// insidePoolDialer reports whether ref is inside the dial function of a
// catalogued pool: a function literal that is a field of a pool literal
// (redigo's &redis.Pool{Dial: func...}) or an argument of a pool
// constructor (redis.NewPool(func...)), written inline, held by a local
// variable (dial := func...; &redis.Pool{Dial: dial}), or a named function
// used as that value (&redis.Pool{Dial: dialRedis}).
func insidePoolDialer(info *types.Info, cat catalog, ref inspector.Cursor) bool {
	for fn := range ref.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := fn.Node().(type) {
		case *ast.FuncLit:
			if poolDialerUse(info, cat, fn) {
				return true
			}
			// dial := func...: the variable's uses in the enclosing function.
			if v := boundVar(info, fn); v != nil {
				if outer, ok := innermostFunc(fn.Parent()); ok {
					for use := range outer.Preorder((*ast.Ident)(nil)) {
						if info.Uses[use.Node().(*ast.Ident)] == v && poolDialerUse(info, cat, use) {
							return true
						}
					}
				}
			}
		case *ast.FuncDecl:
			// A named dial function: only one shaped like a dialer (no
			// parameters but a context, a connection and an error as
			// results) is looked up, so that the search of its uses, a
			// walk of TypesInfo.Uses, is rare.
			obj, _ := info.Defs[n.Name].(*types.Func)
			if obj == nil || !dialerShaped(obj.Signature()) {
				return false
			}
			for id, o := range info.Uses {
				if o != obj {
					continue
				}
				if c, ok := fn.Inspector().Root().FindNode(id); ok {
					if c.ParentEdgeKind() == edge.SelectorExpr_Sel {
						c = c.Parent()
					}
					if poolDialerUse(info, cat, c) {
						return true
					}
				}
			}
			return false
		}
	}
	return false
}

// poolDialerUse reports whether the value at c is a field of a catalogued
// pool literal or an argument of a catalogued pool constructor.
func poolDialerUse(info *types.Info, cat catalog, c inspector.Cursor) bool {
	parent := c.Parent()
	if c.ParentEdgeKind() == edge.KeyValueExpr_Value {
		parent = parent.Parent()
	}
	switch n := parent.Node().(type) {
	case *ast.CompositeLit:
		if t, ok := info.Types[n]; ok {
			if named, ok := types.Unalias(derefType(t.Type)).(*types.Named); ok && named.Obj().Pkg() != nil {
				k := symbol{pkg: named.Obj().Pkg().Path(), name: named.Obj().Name(), lit: true}
				if e := cat[k.pkg][k]; e != nil && e.kind == kindPool {
					return true
				}
			}
		}
	case *ast.CallExpr:
		if c.ParentEdgeKind() != edge.CallExpr_Args {
			return false
		}
		if fn, ok := typeutil.Callee(info, n).(*types.Func); ok && fn.Pkg() != nil {
			if e := cat[fn.Pkg().Path()][funcKey(fn)]; e != nil && e.kind == kindPool {
				return true
			}
		}
	}
	return false
}

// boundVar returns the local variable that a function literal initialises
// (dial := func...; var dial = func...), if it is never assigned again.
func boundVar(info *types.Info, lit inspector.Cursor) *types.Var {
	lhs, ok := sameIndexLHS(unparenCursor(lit)).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Defs[lhs].(*types.Var)
	if !ok || isPackageLevel(v) {
		return nil
	}
	return v
}

// dialerShaped reports whether sig looks like a dial function: at most a
// context parameter, and two results, the second an error.
func dialerShaped(sig *types.Signature) bool {
	if sig.Recv() != nil || sig.Results().Len() != 2 || !isError(sig.Results().At(1).Type()) {
		return false
	}
	return sig.Params().Len() == 0 || sig.Params().Len() == 1 && isNamed(sig.Params().At(0).Type(), "context", "Context")
}
