package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// Small syntax and type helpers shared by the rules and the fix engine.

// innermostFunc returns the innermost function declaration or literal
// around c (c itself if it is one).
func innermostFunc(c inspector.Cursor) (inspector.Cursor, bool) {
	for fn := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return fn, true
	}
	return inspector.Cursor{}, false
}

// enclosingBody returns the body of the innermost function around c.
func enclosingBody(c inspector.Cursor) inspector.Cursor {
	fn, ok := innermostFunc(c)
	if !ok {
		return inspector.Cursor{}
	}
	body := funcBody(fn.Node())
	if body == nil {
		return inspector.Cursor{}
	}
	b, _ := fn.FindNode(body)
	return b
}

// unparenCursor climbs from c through enclosing parentheses.
func unparenCursor(c inspector.Cursor) inspector.Cursor {
	for c.ParentEdgeKind() == edge.ParenExpr_X {
		c = c.Parent()
	}
	return c
}

// sameIndexLHS returns the left-hand side paired with the value at c (an
// AssignStmt or ValueSpec value), or nil when the values are not one per
// name.
func sameIndexLHS(c inspector.Cursor) ast.Expr {
	switch n := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if c.ParentEdgeKind() == edge.AssignStmt_Rhs && len(n.Lhs) == len(n.Rhs) {
			return n.Lhs[c.ParentEdgeIndex()]
		}
	case *ast.ValueSpec:
		if c.ParentEdgeKind() == edge.ValueSpec_Values && len(n.Names) == len(n.Values) {
			return n.Names[c.ParentEdgeIndex()]
		}
	}
	return nil
}

// sameIndexValue is the converse of sameIndexLHS: the value paired with
// the left-hand side or declared name at c, or nil.
func sameIndexValue(c inspector.Cursor) ast.Expr {
	switch n := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if c.ParentEdgeKind() == edge.AssignStmt_Lhs && len(n.Lhs) == len(n.Rhs) {
			return n.Rhs[c.ParentEdgeIndex()]
		}
	case *ast.ValueSpec:
		if c.ParentEdgeKind() == edge.ValueSpec_Names && len(n.Names) == len(n.Values) {
			return n.Values[c.ParentEdgeIndex()]
		}
	}
	return nil
}

// resultLHS returns the left-hand side that receives result i of the one
// multi-valued expression at c (v, err := f()), or nil.
func resultLHS(c inspector.Cursor, i int) ast.Expr {
	switch n := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if c.ParentEdgeKind() == edge.AssignStmt_Rhs && len(n.Rhs) == 1 && i < len(n.Lhs) {
			return n.Lhs[i]
		}
	case *ast.ValueSpec:
		if c.ParentEdgeKind() == edge.ValueSpec_Values && len(n.Values) == 1 && i < len(n.Names) {
			return n.Names[i]
		}
	}
	return nil
}

// funcBody is the body of a function declaration or literal (nil for a
// declaration without one).
func funcBody(n ast.Node) *ast.BlockStmt {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Body
	case *ast.FuncLit:
		return n.Body
	}
	return nil
}

// funcTypeExpr is the type of a function declaration or literal.
func funcTypeExpr(n ast.Node) *ast.FuncType {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Type
	case *ast.FuncLit:
		return n.Type
	}
	return nil
}

func (p *checker) inTestFile(pos token.Pos) bool {
	f := p.pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// callCursor returns the cursor of the call whose function is ref (see
// callOf), or ref itself.
func callCursor(ref inspector.Cursor) inspector.Cursor {
	c := ref
	for {
		switch c.ParentEdgeKind() {
		case edge.ParenExpr_X, edge.IndexExpr_X, edge.IndexListExpr_X:
			c = c.Parent()
			continue
		case edge.CallExpr_Fun:
			return c.Parent()
		}
		return ref
	}
}

// origin follows a local variable to the expression it was declared with,
// so that "c := stdlib.GetPoolConnector(p); sql.OpenDB(c)" is understood.
// It gives up (returns e) on anything else.
func (p *checker) origin(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return e
	}
	v, ok := p.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return e
	}
	file := p.fileOf(id)
	if file == nil {
		return e
	}
	fileCur, _ := p.in.Root().FindNode(file)
	def, ok := fileCur.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	defID := idAt(def)
	if !ok || defID == nil || p.pass.TypesInfo.Defs[defID] != v {
		return e
	}
	if assignedAgain(p.pass.TypesInfo, def, v) {
		return e
	}
	if value := sameIndexValue(def); value != nil {
		return value
	}
	return e
}

func idAt(c inspector.Cursor) *ast.Ident {
	id, _ := c.Node().(*ast.Ident)
	return id
}

// assignedAgain reports whether v, or one of its fields, is assigned after
// its declaration within the enclosing function.
func assignedAgain(info *types.Info, def inspector.Cursor, v *types.Var) bool {
	fn, ok := innermostFunc(def)
	if !ok {
		return false
	}
	for c := range fn.Preorder((*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil)) {
		switch n := c.Node().(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if rootVar(info, l) == v && l.Pos() != v.Pos() {
					return true
				}
			}
		case *ast.UnaryExpr: // &v may be written through
			if rootVar(info, n.X) == v {
				return true
			}
		}
	}
	return false
}

// rootVar returns the variable at the root of x, x.f, x.f.g.
func rootVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.ObjectOf(x).(*types.Var)
			return v
		case *ast.SelectorExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// callOf returns the call whose function is ref, looking through parens
// and explicit instantiation (F[T](...)); see callCursor.
func callOf(ref inspector.Cursor) (*ast.CallExpr, bool) {
	c := callCursor(ref)
	if c == ref {
		return nil, false
	}
	return c.Node().(*ast.CallExpr), true
}

// refOf locates the reference that id belongs to: pkg.Name, x.Method, or a
// bare (dot-imported) Name.
func (p *checker) refOf(id *ast.Ident) (inspector.Cursor, bool) {
	cur, ok := p.cursor(id)
	if !ok {
		return inspector.Cursor{}, false
	}
	if cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
		cur = cur.Parent()
	}
	return cur, true
}

func inside(outer ast.Node, n interface{ Pos() token.Pos }) bool {
	return outer != nil && outer.Pos() <= n.Pos() && n.Pos() < outer.End()
}

func inFuncLit(c, loop inspector.Cursor) bool {
	for e := range c.Enclosing((*ast.FuncLit)(nil)) {
		return loop.Contains(e)
	}
	return false
}

// refCursor is the reference to the function a call calls (F, pkg.F,
// x.M, F[T]).
func refCursor(call inspector.Cursor) (inspector.Cursor, bool) {
	if _, ok := call.Node().(*ast.CallExpr); !ok {
		return call, false
	}
	fun := call.ChildAt(edge.CallExpr_Fun, -1)
	for {
		switch fun.Node().(type) {
		case *ast.ParenExpr:
			fun = fun.ChildAt(edge.ParenExpr_X, -1)
			continue
		case *ast.IndexExpr:
			fun = fun.ChildAt(edge.IndexExpr_X, -1)
			continue
		case *ast.IndexListExpr:
			fun = fun.ChildAt(edge.IndexListExpr_X, -1)
			continue
		}
		return fun, true
	}
}
