package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// Small syntax and type helpers shared by the rules and the fix engine.

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func isPackageLevel(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// enclosingBody returns the body of the innermost function around c.
func enclosingBody(c inspector.Cursor) inspector.Cursor {
	for fn := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body := funcBody(fn.Node())
		if body == nil {
			return inspector.Cursor{}
		}
		b, _ := fn.FindNode(body)
		return b
	}
	return inspector.Cursor{}
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
