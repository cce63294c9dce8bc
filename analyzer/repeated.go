package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"

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
		perItem, retry := p.onePerItemOrRetry(c, body, ref)
		if retry {
			retried = true
		}
		if perItem || retry {
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

// onePerItemOrRetry recognises the loops that are not repeated
// construction: a loop that makes one client per item (the construction's
// arguments use a variable of the loop: another server, another database
// each time), a retry loop, which stops at the first success (it has a
// break, or returns the value it built), and a loop that keeps what it
// builds in a map or slice element. retry is set for a retry loop: the
// loops around one reconnect (after the connection was lost), they do not
// repeat the construction, so repetition looks no further out than it for
// loops (a handler around it still counts).
func (p *checker) onePerItemOrRetry(loop inspector.Cursor, body *ast.BlockStmt, ref inspector.Cursor) (perItem, retry bool) {
	info := p.pass.TypesInfo
	// The variable the construction is assigned to, if any.
	var v types.Object
	call, _ := callOf(ref)
	var site ast.Node = ref.Node()
	if call != nil {
		site = call
	}
	siteCur, _ := loop.FindNode(site)
	if lit := ref.Parent(); ref.ParentEdgeKind() == edge.CompositeLit_Type {
		siteCur = lit // a pool literal: its fields configure it
	}
	loopNode := loop.Node()
	for c := range siteCur.Preorder((*ast.Ident)(nil)) {
		if v, ok := info.Uses[c.Node().(*ast.Ident)].(*types.Var); ok && inside(loopNode, v) {
			return true, false // depends on the iteration: one client per item
		}
	}
	for siteCur.ParentEdgeKind() == edge.ParenExpr_X {
		siteCur = siteCur.Parent()
	}
	if siteCur.ParentEdgeKind() == edge.AssignStmt_Rhs {
		as := siteCur.Parent().Node().(*ast.AssignStmt)
		switch lhs := ast.Unparen(as.Lhs[0]).(type) {
		case *ast.IndexExpr:
			return true, false // pools[name] = ...: one per item
		case *ast.Ident:
			v = info.ObjectOf(lhs)
		}
	}
	bodyCur, _ := loop.FindNode(body)
	for c := range bodyCur.Preorder((*ast.BranchStmt)(nil), (*ast.ReturnStmt)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.BranchStmt:
			if n.Label == nil && n.Tok.String() == "break" && breaksLoop(c, loop) {
				return false, true
			}
		case *ast.ReturnStmt:
			if v != nil && !inFuncLit(c, loop) {
				for _, r := range n.Results {
					if id, ok := ast.Unparen(r).(*ast.Ident); ok && info.Uses[id] == v {
						return false, true
					}
				}
			}
		case *ast.AssignStmt:
			if v == nil {
				continue
			}
			for i, l := range n.Lhs {
				if _, ok := ast.Unparen(l).(*ast.IndexExpr); ok && i < len(n.Rhs) {
					if id, ok := ast.Unparen(n.Rhs[i]).(*ast.Ident); ok && info.Uses[id] == v {
						return true, false
					}
				}
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "append" && v != nil {
				if _, isBuiltin := info.Uses[id].(*types.Builtin); isBuiltin {
					for _, a := range n.Args[1:] {
						if id, ok := ast.Unparen(a).(*ast.Ident); ok && info.Uses[id] == v {
							return true, false
						}
					}
				}
			}
		}
	}
	return false, false
}

// breaksLoop reports whether an unlabelled break at c leaves loop (and not
// an inner loop, switch or select).
func breaksLoop(c, loop inspector.Cursor) bool {
	for e := range c.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.SwitchStmt)(nil), (*ast.TypeSwitchStmt)(nil), (*ast.SelectStmt)(nil), (*ast.FuncLit)(nil)) {
		return e == loop
	}
	return false
}
