package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/types/typeutil"
)

// This file decides whether a construction is configured like the shared
// pool, so that replacing it keeps talking to the same database.

// notShared explains why the construction's configuration may differ from
// the shared pool's. The service's one configuration comes from the
// environment, so arguments built only from contexts, driver names,
// os.Getenv/LookupEnv of constant keys, and literals of those, are the
// shared pool's; anything else (a parameter, a field, a tuned option, a
// hard-coded DSN) may name another database or pool and gets no fix.
func (p *checker) notShared(call *ast.CallExpr) string {
	info := p.pass.TypesInfo
	var check func(e ast.Expr, driverPos bool) string
	check = func(e ast.Expr, driverPos bool) string {
		e = ast.Unparen(e)
		if tv, ok := info.Types[e]; ok && tv.Type != nil && isNamed(tv.Type, "context", "Context") {
			return ""
		}
		switch x := e.(type) {
		case *ast.BasicLit:
			if driverPos {
				return ""
			}
			return fmt.Sprintf("the hard-coded %s may name another database", x.Value)
		case *ast.CallExpr:
			if isGetenv(info, x) {
				return ""
			}
		case *ast.Ident:
			if o := p.origin(x); o != ast.Expr(x) {
				if p.sharedReference(x, call) {
					// tune(opts) or opts.PoolSize = 50 before the call.
					return fmt.Sprintf("its configuration (%s) may differ from the shared pool's", x.Name)
				}
				return check(o, driverPos)
			}
			if c, ok := info.Uses[x].(*types.Const); ok && driverPos && c != nil {
				return ""
			}
			if p.lookupEnvValue(x) {
				return "" // dsn, ok := os.LookupEnv("KEY")
			}
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				return check(x.X, false)
			}
		case *ast.CompositeLit:
			for _, elt := range x.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					return "the options may differ from the shared pool's"
				}
				if why := check(kv.Value, false); why != "" {
					return "the options may differ from the shared pool's"
				}
			}
			return ""
		}
		return fmt.Sprintf("its configuration (%s) may differ from the shared pool's", types.ExprString(e))
	}
	sig, _ := info.TypeOf(call.Fun).(*types.Signature)
	for i, arg := range call.Args {
		driverPos := false
		if sig != nil && i < sig.Params().Len() {
			driverPos = strings.HasPrefix(strings.ToLower(sig.Params().At(i).Name()), "driver")
		}
		if why := check(arg, driverPos); why != "" {
			return why
		}
	}
	return ""
}

func isGetenv(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "os" || (fn.Name() != "Getenv" && fn.Name() != "LookupEnv") {
		return false
	}
	return len(call.Args) == 1 && info.Types[call.Args[0]].Value != nil
}

// lookupEnvValue reports whether id is the value of
// "v, ok := os.LookupEnv(KEY)" with a constant key, assigned only there.
func (p *checker) lookupEnvValue(id *ast.Ident) bool {
	info := p.pass.TypesInfo
	v, ok := info.Uses[id].(*types.Var)
	if !ok || isPackageLevel(v) {
		return false
	}
	def, ok := p.in.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok || info.Defs[idAt(def)] != v || assignedAgain(info, def, v) {
		return false
	}
	as, ok := def.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 || as.Lhs[0] != def.Node() {
		return false
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || !isGetenv(info, call) {
		return false
	}
	fn := typeutil.Callee(info, call).(*types.Func)
	return fn.Name() == "LookupEnv"
}

// sharedReference reports whether id is a local of reference type (a
// pointer, map, slice or interface: options passed as &redis.Options{})
// that its function uses other than by reading fields, outside call: it
// may have been changed through the reference.
func (p *checker) sharedReference(id *ast.Ident, call *ast.CallExpr) bool {
	info := p.pass.TypesInfo
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	switch v.Type().Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Interface:
	default:
		return false
	}
	cur, ok := p.cursor(id)
	if !ok {
		return true
	}
	body := enclosingBody(cur)
	if !body.Valid() {
		return true
	}
	for c := range body.Preorder((*ast.Ident)(nil)) {
		use := c.Node().(*ast.Ident)
		if info.Uses[use] != v || call.Pos() <= use.Pos() && use.End() <= call.End() {
			continue
		}
		if c.ParentEdgeKind() == edge.SelectorExpr_X {
			sel := info.Selections[c.Parent().Node().(*ast.SelectorExpr)]
			if sel != nil && sel.Kind() == types.FieldVal && !isWritten(c.Parent()) {
				continue
			}
		}
		return true
	}
	return false
}

// effectFree explains why evaluating e could have effects that deleting it
// would lose, or returns "". Identifiers, literals, os.Getenv/LookupEnv of
// constant keys and the usual contexts qualify.
func effectFree(info *types.Info, e ast.Expr) string {
	var bad ast.Expr
	ast.Inspect(e, func(n ast.Node) bool {
		if bad != nil {
			return false
		}
		switch x := n.(type) {
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() {
				return true // a conversion
			}
			if isGetenv(info, x) || isContextCall(info, x) {
				return false
			}
			bad = x
		case *ast.UnaryExpr:
			if x.Op == token.ARROW {
				bad = x
			}
		case *ast.FuncLit:
			return false
		}
		return true
	})
	if bad == nil {
		return ""
	}
	what := "the argument"
	if tv, ok := info.Types[e]; ok && isNamed(tv.Type, "context", "Context") {
		what = "the context argument"
	}
	return fmt.Sprintf("%s %s has effects that the rewrite would drop", what, types.ExprString(bad))
}

// isContextCall recognises context.Background(), context.TODO() and
// r.Context() on an *http.Request.
func isContextCall(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) != 0 {
		return false
	}
	switch fn.Pkg().Path() {
	case "context":
		return fn.Name() == "Background" || fn.Name() == "TODO"
	case "net/http":
		return fn.Name() == "Context" && fn.Signature().Recv() != nil
	}
	return false
}
