package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// isShared reports whether obj is one of the -shared accessors.
func (c *compiled) isShared(path string, obj types.Object) bool {
	if len(c.shared) == 0 || obj.Parent() != obj.Pkg().Scope() {
		return false // accessors are package-level
	}
	for _, k := range c.shared {
		if k.pkg == path && k.name == obj.Name() {
			return true
		}
	}
	return false
}

// checkSharedClose reports Close called on a shared accessor (db.Pool.Close(),
// db.SQL().Close()) or on a local variable that holds its value, outside the
// sanctioned packages: it closes the pool for every other user.
func (p *checker) checkSharedClose(id *ast.Ident) {
	if p.cfg.allowTests && p.inTestFile(id.Pos()) {
		return
	}
	cur, ok := p.cursor(id) // fails outside the package's files
	if !ok {
		return
	}
	val := cur
	if val.ParentEdgeKind() == edge.SelectorExpr_Sel {
		val = val.Parent()
	}
	text := refText(val.Node())
	if _, isFunc := p.pass.TypesInfo.Uses[id].(*types.Func); isFunc {
		if val.ParentEdgeKind() != edge.CallExpr_Fun {
			return
		}
		val = val.Parent()
		text += "()"
	}
	obj := p.pass.TypesInfo.Uses[id]
	accessor := Subject{Name: obj.Pkg().Path() + "." + obj.Name(), Written: text}
	if p.reportIfClosed(val, accessor) {
		return
	}
	// x := db.Pool; ... x.Close()
	lid, ok := sameIndexLHS(val).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := p.pass.TypesInfo.ObjectOf(lid).(*types.Var)
	if !ok || isPackageLevel(v) {
		return
	}
	body := enclosingBody(val)
	if !body.Valid() {
		return
	}
	for c := range body.Preorder((*ast.Ident)(nil)) {
		if p.pass.TypesInfo.Uses[c.Node().(*ast.Ident)] == v {
			p.reportIfClosed(c, accessor)
		}
	}
}

// reportIfClosed reports val.Close(), deferred or not, where Close is a
// method.
func (p *checker) reportIfClosed(val inspector.Cursor, accessor Subject) bool {
	if val.ParentEdgeKind() != edge.SelectorExpr_X {
		return false
	}
	selCur := val.Parent()
	sel := selCur.Node().(*ast.SelectorExpr)
	fn, ok := p.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Name() != "Close" || selCur.ParentEdgeKind() != edge.CallExpr_Fun {
		return false
	}
	who := "the sanctioned package"
	if len(p.cfg.allow) > 0 {
		who = p.cfg.allowText()
	}
	p.report(analysis.Diagnostic{
		Pos:      sel.Pos(),
		End:      sel.End(),
		Category: CategorySharedClose,
		Message:  fmt.Sprintf("%s.Close closes the shared pool for every other user; leave closing it to %s", accessor.Written, who),
	}, accessor)
	return true
}
