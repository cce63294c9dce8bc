package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// repetition says how a construction at ref runs again and again — on every
// request to a handler, on every iteration of a loop, or in a goroutine
// started by one of those — or returns "" when it runs once as far as the
// analyzer can tell.
//
// It walks outwards from ref: a function literal that is called on the spot
// (func(){...}() or go func(){...}()) runs where it is written, so the walk
// continues through it; any other function literal or declaration ends the
// walk, unless it is itself a handler.
func (p *checker) repetition(ref inspector.Cursor) string {
	goroutine := ""
	retried := false // inside a retry loop: the loops around it reconnect, they do not repeat
	loop := func(c inspector.Cursor, body *ast.BlockStmt) string {
		if retried || !inside(body, ref.Node()) {
			return ""
		}
		switch p.loopExemption(c, body, ref) {
		case retryLoop:
			retried = true
			return ""
		case onePerItem:
			return ""
		}
		return goroutine + fmt.Sprintf("runs on every iteration of the loop at line %d", p.pass.Fset.Position(c.Node().Pos()).Line)
	}
	for c := range ref.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := c.Node().(type) {
		case *ast.ForStmt:
			if r := loop(c, n.Body); r != "" {
				return r
			}
		case *ast.RangeStmt:
			if r := loop(c, n.Body); r != "" {
				return r
			}
		case *ast.FuncLit:
			if h := p.handler(n.Type, nil); h != "" {
				return goroutine + "runs on every " + h
			}
			if c.ParentEdgeKind() != edge.CallExpr_Fun {
				return ""
			}
			if k := c.Parent().ParentEdgeKind(); k == edge.GoStmt_Call && goroutine == "" {
				goroutine = "runs in a goroutine that "
			}
		case *ast.FuncDecl:
			if h := p.handler(n.Type, n); h != "" {
				return goroutine + "runs on every " + h
			}
			return ""
		}
	}
	return ""
}

// exemption says why a loop around a construction does not repeat it.
type exemption uint8

const (
	repeats    exemption = iota
	onePerItem           // one client per item: another server, another database each time
	retryLoop            // stops at the first success: the loops around it reconnect, they do not repeat
)

// loopExemption recognises the loops that are not repeated construction:
// one that makes one client per item (the construction's arguments use a
// variable of the loop, or it keeps what it builds in a map or slice
// element), and a retry loop, which stops at the first success (it has a
// break, or returns the value it built). Within the body, the first sign
// in source order decides.
func (p *checker) loopExemption(loop inspector.Cursor, body *ast.BlockStmt, ref inspector.Cursor) exemption {
	site := constructionSite(loop, ref)
	if p.usesLoopVar(site, loop) {
		return onePerItem
	}
	// The variable the construction is assigned to, if any.
	var v types.Object
	site = unparenCursor(site)
	if site.ParentEdgeKind() == edge.AssignStmt_Rhs {
		switch lhs := ast.Unparen(site.Parent().Node().(*ast.AssignStmt).Lhs[0]).(type) {
		case *ast.IndexExpr:
			return onePerItem // pools[name] = ...
		case *ast.Ident:
			v = p.pass.TypesInfo.ObjectOf(lhs)
		}
	}
	bodyCur, _ := loop.FindNode(body)
	for c := range bodyCur.Preorder((*ast.BranchStmt)(nil), (*ast.ReturnStmt)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil), (*ast.FuncLit)(nil)) {
		switch {
		case breaksLoop(c, loop), p.returnsOutOf(c, loop, v):
			return retryLoop
		case p.keptInElement(c, v):
			return onePerItem
		}
	}
	return repeats
}

// constructionSite is the call or composite literal that constructs at
// ref, within loop.
func constructionSite(loop, ref inspector.Cursor) inspector.Cursor {
	if ref.ParentEdgeKind() == edge.CompositeLit_Type {
		return ref.Parent() // a pool literal: its fields configure it
	}
	var site ast.Node = ref.Node()
	if call, ok := callOf(ref); ok {
		site = call
	}
	c, _ := loop.FindNode(site)
	return c
}

// usesLoopVar reports whether the construction at site uses a variable
// declared in loop: one client per item.
func (p *checker) usesLoopVar(site, loop inspector.Cursor) bool {
	for c := range site.Preorder((*ast.Ident)(nil)) {
		if v, ok := p.pass.TypesInfo.Uses[c.Node().(*ast.Ident)].(*types.Var); ok && inside(loop.Node(), v) {
			return true
		}
	}
	return false
}

// returnsOutOf reports whether c is a return, from the loop's function,
// of v.
func (p *checker) returnsOutOf(c, loop inspector.Cursor, v types.Object) bool {
	r, ok := c.Node().(*ast.ReturnStmt)
	if !ok || v == nil || inFuncLit(c, loop) {
		return false
	}
	for _, res := range r.Results {
		if id, ok := ast.Unparen(res).(*ast.Ident); ok && p.pass.TypesInfo.Uses[id] == v {
			return true
		}
	}
	return false
}

// keptInElement reports whether c stores v in a map or slice element
// (m[k] = v) or appends it to a slice.
func (p *checker) keptInElement(c inspector.Cursor, v types.Object) bool {
	if v == nil {
		return false
	}
	info := p.pass.TypesInfo
	isV := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	switch n := c.Node().(type) {
	case *ast.AssignStmt:
		for i, l := range n.Lhs {
			if _, ok := ast.Unparen(l).(*ast.IndexExpr); ok && i < len(n.Rhs) && isV(n.Rhs[i]) {
				return true
			}
		}
	case *ast.CallExpr:
		if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "append" {
			if _, isBuiltin := info.Uses[id].(*types.Builtin); isBuiltin {
				return slices.ContainsFunc(n.Args[1:], isV)
			}
		}
	}
	return false
}

// breaksLoop reports whether c is an unlabelled break that leaves loop
// (and not an inner loop, switch or select).
func breaksLoop(c, loop inspector.Cursor) bool {
	if b, ok := c.Node().(*ast.BranchStmt); !ok || b.Label != nil || b.Tok != token.BREAK {
		return false
	}
	for e := range c.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.SwitchStmt)(nil), (*ast.TypeSwitchStmt)(nil), (*ast.SelectStmt)(nil), (*ast.FuncLit)(nil)) {
		return e == loop
	}
	return false
}
