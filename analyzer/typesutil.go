package analyzer

import (
	"go/ast"
	"go/types"
)

// Small type helpers shared by the rules and the fix engine.

// resultType is the type of result i of call, or nil.
func resultType(info *types.Info, call *ast.CallExpr, i int) types.Type {
	t := info.TypeOf(call)
	if tup, ok := t.(*types.Tuple); ok {
		if i >= tup.Len() {
			return nil
		}
		return tup.At(i).Type()
	}
	if i > 0 {
		return nil
	}
	return t
}

// isInterface reports whether t is an interface; a type parameter is not
// (must[T any](v T, err error) T passes the pool through).
func isInterface(t types.Type) bool {
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return false
	}
	return types.IsInterface(t)
}

func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func isNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

func isPtrTo(t types.Type, path, name string) bool {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	return ok && isNamed(ptr.Elem(), path, name)
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func isPackageLevel(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}
