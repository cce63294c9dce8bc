package main

// The package-level pools of -inventory: candidates for -shared.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/typeutil"
)

// findPools finds the package-level variables of pkg that hold a client it
// constructs: initialised by an expression that constructs one (directly,
// or by calling a function of the package that does), or assigned one in a
// function or method (init, a Connect function, a session provider's
// SessionInit, a sync.Once closure), directly or through a local variable
// of that function (db, err := sql.Open(...); Pool = db). The variable's
// type must be the client's, which is what -shared accessors are matched by.
func findPools(pkg *packages.Package, path string, cons []*construction, wd string) []*pool {
	if len(cons) == 0 {
		return nil
	}
	info := pkg.TypesInfo
	// The functions of the package that construct, and what.
	makers := map[*types.Func][]*construction{}
	for _, c := range cons {
		if c.fn != nil {
			makers[c.fn] = append(makers[c.fn], c)
		}
	}
	// made returns what evaluating e constructs and how it says so.
	made := func(e ast.Expr) []*construction {
		var out []*construction
		for _, c := range cons {
			if e.Pos() <= c.pos && c.pos < e.End() {
				out = append(out, c)
			}
		}
		ast.Inspect(e, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
					for _, c := range makers[fn.Origin()] {
						cc := *c
						cc.Written = fn.Name() + "() → " + c.Written
						out = append(out, &cc)
					}
				}
			}
			return true
		})
		return out
	}
	var pools []*pool
	add := func(id *ast.Ident, value ast.Expr, how string) {
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok || v.Pkg() != pkg.Types || v.Parent() != pkg.Types.Scope() || v.Name() == "_" {
			return
		}
		posn := pkg.Fset.Position(v.Pos())
		if strings.HasSuffix(posn.Filename, "_test.go") {
			return // a test's variable is no accessor for the code
		}
		for _, c := range made(value) {
			if c.typ != nil && types.Identical(v.Type(), c.typ) {
				pools = append(pools, &pool{
					Accessor: path + "." + v.Name(),
					Type:     c.client,
					Exported: v.Exported(),
					File:     relPath(wd, posn.Filename),
					Line:     posn.Line,
					How:      fmt.Sprintf(how, c.Written),
					pkg:      path,
					name:     v.Name(),
					pos:      v.Pos(),
				})
				return
			}
		}
	}
	// pairs calls f for each name or left-hand side and the value it gets.
	pairs := func(lhs []ast.Expr, rhs []ast.Expr, f func(l, r ast.Expr)) {
		switch {
		case len(lhs) == len(rhs):
			for i := range lhs {
				f(lhs[i], rhs[i])
			}
		case len(rhs) == 1: // v, err = sql.Open(...)
			f(lhs[0], rhs[0])
		}
	}
	for _, file := range pkg.Syntax {
		for _, decl := range file.Decls {
			switch decl := decl.(type) {
			case *ast.GenDecl:
				if decl.Tok != token.VAR {
					continue
				}
				for _, spec := range decl.Specs {
					vs := spec.(*ast.ValueSpec)
					names := make([]ast.Expr, len(vs.Names))
					for i, n := range vs.Names {
						names[i] = n
					}
					pairs(names, vs.Values, func(l, r ast.Expr) { add(l.(*ast.Ident), r, "initialised by %s") })
				}
			case *ast.FuncDecl:
				if decl.Body == nil {
					continue
				}
				name := decl.Name.Name
				if fn, ok := info.Defs[decl.Name].(*types.Func); ok && fn.Signature().Recv() != nil {
					name = recvName(fn) + "." + name
				}
				// The values of the function's local variables, for
				// Pool = db after db, err := sql.Open(...).
				locals := map[*types.Var][]ast.Expr{}
				var assigns []*ast.AssignStmt
				ast.Inspect(decl.Body, func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.AssignStmt:
						assigns = append(assigns, n)
						pairs(n.Lhs, n.Rhs, func(l, r ast.Expr) {
							if v := localVar(info, l); v != nil {
								locals[v] = append(locals[v], r)
							}
						})
					case *ast.ValueSpec:
						names := make([]ast.Expr, len(n.Names))
						for i, id := range n.Names {
							names[i] = id
						}
						pairs(names, n.Values, func(l, r ast.Expr) {
							if v := localVar(info, l); v != nil {
								locals[v] = append(locals[v], r)
							}
						})
					}
					return true
				})
				for _, as := range assigns {
					if as.Tok != token.ASSIGN {
						continue
					}
					pairs(as.Lhs, as.Rhs, func(l, r ast.Expr) {
						id, ok := ast.Unparen(l).(*ast.Ident)
						if !ok {
							return
						}
						if v := localVar(info, r); v != nil {
							for _, value := range locals[v] {
								add(id, value, "assigned in "+name+" by %s through "+v.Name())
							}
							return
						}
						add(id, r, "assigned in "+name+" by %s")
					})
				}
			}
		}
	}
	return pools
}

// localVar returns the variable e names if it is local to a function.
func localVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || v.Name() == "_" {
		return nil
	}
	return v
}

// recvName is the name of a method's receiver type, as baseline keys name
// the method (T in T.M).
func recvName(fn *types.Func) string {
	t := fn.Signature().Recv().Type()
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return "?"
}
