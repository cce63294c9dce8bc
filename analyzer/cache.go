package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// This file decides whether code runs only while a cache is empty, so
// that a helper which fills a cache is not taken for one that constructs
// on every call (calls.go).

// cached reports whether the code at ref, in the function fn, runs only
// while a cache is empty: it sits under "if cache == nil", or an earlier
// statement of the function returns when "cache != nil" or a comma-ok
// lookup in a cache map succeeds, or the function fills a cache map with
// the value (see memoized). A cache is a package-level variable, a field,
// or an element of one.
func (p *callFollower) cached(ref inspector.Cursor, fn inspector.Cursor) bool {
	return p.guarded(ref, fn) || p.memoized(ref, fn)
}

// guarded reports whether the code at ref runs only under a nil test or
// after an early return on a cache (see cached).
func (p *callFollower) guarded(ref inspector.Cursor, fn inspector.Cursor) bool {
	info := p.pass.TypesInfo
	site := ref.Node()
walk:
	for c := ref; c.Node() != nil; c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			break walk
		case *ast.IfStmt:
			if inside(n.Body, site) && nilTest(info, n.Cond, token.EQL) {
				return true
			}
		}
	}
	if !fn.Valid() {
		return false // package level: var x = open() runs once
	}
	body := funcBody(fn.Node())
	if body == nil {
		return false
	}
	guard, ok := p.guards[body]
	if !ok {
		// The first early return on a cache, found once per function: the
		// scan stays linear however many constructions the function has.
		guard = token.NoPos
		for _, st := range body.List {
			ifs, ok := st.(*ast.IfStmt)
			if ok && returns(ifs.Body) && (nilTest(info, ifs.Cond, token.NEQ) || cacheLookup(info, ifs)) {
				guard = ifs.End()
				break
			}
		}
		p.guards[body] = guard
	}
	return guard.IsValid() && site.Pos() >= guard
}

// memoized reports whether the value constructed (or returned by the call)
// at ref is stored into a cache map by the same function: cache[k] = v, or
// the construction assigned there directly. That is a per-key cache
// filled on demand ("pools[addr] = p" after a lookup that may sit behind a
// lock, in a closure or in another method): it constructs once per key,
// not once per call.
func (p *callFollower) memoized(ref inspector.Cursor, fn inspector.Cursor) bool {
	info := p.pass.TypesInfo
	site := unparenCursor(callCursor(ref))
	lhs := sameIndexLHS(site)
	if lhs == nil {
		lhs = resultLHS(site, 0)
	}
	if lhs == nil {
		return false
	}
	if isCacheMapElem(info, lhs) {
		return true
	}
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok || !fn.Valid() {
		return false
	}
	v := info.ObjectOf(id)
	stored, ok := p.filled[fn.Node()]
	if !ok {
		// Once per function, whatever the number of constructions in it;
		// nil (no allocation) when the function fills no cache map.
		for c := range fn.Preorder((*ast.AssignStmt)(nil)) {
			as := c.Node().(*ast.AssignStmt)
			if len(as.Lhs) != len(as.Rhs) {
				continue
			}
			for i, l := range as.Lhs {
				if r, ok := ast.Unparen(as.Rhs[i]).(*ast.Ident); ok && isCacheMapElem(info, l) {
					if stored == nil {
						stored = map[types.Object]bool{}
					}
					stored[info.Uses[r]] = true
				}
			}
		}
		p.filled[fn.Node()] = stored
	}
	return v != nil && stored[v]
}

// isCacheMapElem reports whether e is an element of a map that is a cache
// (see isCache).
func isCacheMapElem(info *types.Info, e ast.Expr) bool {
	ix, ok := ast.Unparen(e).(*ast.IndexExpr)
	if !ok || !isCache(info, ix.X) {
		return false
	}
	_, isMap := types.Unalias(info.TypeOf(ix.X)).Underlying().(*types.Map)
	return isMap
}

// nilTest reports whether cond compares a cache with nil using op, alone
// or in a chain of && and ||.
func nilTest(info *types.Info, cond ast.Expr, op token.Token) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LAND, token.LOR:
		return nilTest(info, b.X, op) || nilTest(info, b.Y, op)
	case op:
		if tv, ok := info.Types[b.Y]; ok && tv.IsNil() {
			return isCache(info, b.X)
		}
		if tv, ok := info.Types[b.X]; ok && tv.IsNil() {
			return isCache(info, b.Y)
		}
	}
	return false
}

// cacheLookup recognises "if v, ok := cache[k]; ok { return ... }".
func cacheLookup(info *types.Info, ifs *ast.IfStmt) bool {
	as, ok := ifs.Init.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return false
	}
	ix, ok := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
	return ok && isCache(info, ix.X)
}

// isCache reports whether e is a package-level variable, a field or an
// element of one.
func isCache(info *types.Info, e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		return ok && isPackageLevel(v)
	case *ast.SelectorExpr:
		v, ok := info.Uses[x.Sel].(*types.Var)
		return ok && (v.IsField() || isPackageLevel(v))
	case *ast.IndexExpr:
		return isCache(info, x.X)
	case *ast.StarExpr:
		return isCache(info, x.X)
	}
	return false
}

// returns reports whether a block ends with a return statement.
func returns(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}
