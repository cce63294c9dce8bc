package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file holds the rewrites of a fix: the statement forms it handles
// and the clean-up that keeps the file compiling.

// rewrite replaces the construction in its statement. It handles:
//
//	x, err := ctor(...)   (+ the following "if err != nil {...}" and x.Close())
//	x := ctor(...)        (single-value constructors)
//	return ctor(...)      (two values → "acc, nil")
//	f(ctor(...))          (two values spread into f → "acc, nil")
//	any other single-value use
func (f *fixer) rewrite(callCur inspector.Cursor, call *ast.CallExpr, expr string, twoValue bool) bool {
	parent := callCur.Parent()
	switch n := parent.Node().(type) {
	case *ast.AssignStmt:
		if len(n.Rhs) != 1 {
			return false
		}
		if twoValue {
			if len(n.Lhs) != 2 {
				return false
			}
			return f.rewriteTwoValueAssign(parent, n, expr)
		}
		if len(n.Lhs) != 1 {
			return false
		}
		f.replace(call, expr)
		return f.afterReplace(parent, n.Lhs[0], n)
	case *ast.ValueSpec:
		if twoValue || len(n.Values) != 1 || len(n.Names) != 1 {
			return false
		}
		f.replace(call, expr)
		return f.afterReplace(parent, n.Names[0], n)
	case *ast.ReturnStmt:
		if twoValue && len(n.Results) != 1 {
			return false
		}
		f.replace(call, expr+ternary(twoValue, ", nil", ""))
		return true
	case *ast.CallExpr:
		if twoValue && len(n.Args) != 1 {
			return false
		}
		f.replace(call, expr+ternary(twoValue, ", nil", ""))
		return true
	case *ast.ExprStmt, *ast.DeferStmt, *ast.GoStmt:
		return false
	}
	if twoValue {
		return false
	}
	f.replace(call, expr)
	return true
}

func ternary(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

func (f *fixer) replace(n ast.Node, text string) {
	f.edits = append(f.edits, analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)})
	f.removed = append(f.removed, n)
}

// rewriteTwoValueAssign turns "x, err := ctor()" into "x := acc", drops the
// error check that can no longer fire, and keeps err declared when it is
// still read.
func (f *fixer) rewriteTwoValueAssign(stmtCur inspector.Cursor, as *ast.AssignStmt, expr string) bool {
	info := f.p.pass.TypesInfo
	errID, ok := as.Lhs[1].(*ast.Ident)
	if !ok {
		return false
	}
	f.removed = append(f.removed, as.Rhs[0])
	lhs := types.ExprString(as.Lhs[0])
	tok := as.Tok.String()
	if id, ok := as.Lhs[0].(*ast.Ident); ok && (id.Name == "_" || as.Tok == token.DEFINE && info.Defs[id] == nil) {
		tok = "=" // x was declared before: := only declared err
	}
	text := lhs + " " + tok + " " + expr
	prefix := ""
	if errVar, ok := info.ObjectOf(errID).(*types.Var); ok && errID.Name != "_" {
		// "if err != nil {...}" right after the assignment cannot fire now.
		if next, ok := stmtCur.NextSibling(); ok {
			if ifs, ok := next.Node().(*ast.IfStmt); ok && ifs.Init == nil && ifs.Else == nil && isErrNotNil(info, ifs.Cond, errVar) {
				f.deleteStmt(ifs)
			}
		}
		f.removed = append(f.removed, as.Lhs[1])
		reads, writes := f.remainingUses(errVar, stmtCur)
		declaredHere := info.Defs[errID] == errVar
		switch {
		case reads > 0 && declaredHere:
			prefix = "var " + errID.Name + " error\n" + f.indent(as)
		case reads == 0 && (writes > 0 || !declaredHere) && !isPackageLevel(errVar):
			return false // err would be declared and not used
		}
	}
	f.edits = append(f.edits, analysis.TextEdit{Pos: as.Pos(), End: as.End(), NewText: []byte(prefix + text)})
	return f.afterReplace(stmtCur, as.Lhs[0], as)
}

func isPackageLevel(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// afterReplace removes x.Close() on the replaced variable (closing the shared
// pool would break every other user), the whole statement when x is not
// read any more, and local variables that only fed the constructor.
func (f *fixer) afterReplace(stmtCur inspector.Cursor, lhs ast.Expr, stmt ast.Node) bool {
	info := f.p.pass.TypesInfo
	defer f.removeDeadLocals(stmtCur)
	id, ok := lhs.(*ast.Ident)
	if !ok || id.Name == "_" {
		return true
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok || isPackageLevel(v) {
		return true
	}
	body := enclosingBody(stmtCur)
	if !body.Valid() {
		return false
	}
	for c := range body.Preorder((*ast.Ident)(nil)) {
		use := c.Node().(*ast.Ident)
		if info.Uses[use] != v || f.isRemoved(use) {
			continue
		}
		closeCall, closeStmt := closeOf(c)
		if closeStmt != nil {
			f.deleteStmt(closeStmt)
		} else if closeCall != nil {
			return false // x.Close used as a value or inside an expression
		}
	}
	reads, _ := f.remainingUses(v, stmtCur)
	if reads == 0 {
		if info.Defs[id] != v {
			return false // x is declared elsewhere and would be unused
		}
		// x is dead: delete its declaration instead of rewriting it.
		f.dropEditsAt(stmt)
		f.deleteStmt(stmt)
	}
	return true
}

// removeDeadLocals deletes the declarations of local variables whose every
// use was removed (a DSN built only for the constructor), repeatedly, so
// that no "declared and not used" error is left behind.
func (f *fixer) removeDeadLocals(at inspector.Cursor) {
	info := f.p.pass.TypesInfo
	body := enclosingBody(at)
	if !body.Valid() {
		return
	}
	for changed := true; changed; {
		changed = false
		for c := range body.Preorder((*ast.Ident)(nil)) {
			id := c.Node().(*ast.Ident)
			v, ok := info.Uses[id].(*types.Var)
			if !ok || !f.isRemoved(id) || isPackageLevel(v) || v.IsField() {
				continue
			}
			if reads, writes := f.remainingUses(v, at); reads > 0 || writes > 0 {
				continue
			}
			def, ok := f.fileCur.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
			if !ok || info.Defs[idAt(def)] != v || f.isRemoved(def.Node()) {
				continue
			}
			var stmt ast.Node
			switch n := def.Parent().Node().(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == 1 && n.Tok == token.DEFINE {
					stmt = n
				}
			case *ast.ValueSpec:
				if decl, ok := def.Parent().Parent().Node().(*ast.GenDecl); ok && len(n.Names) == 1 && len(decl.Specs) == 1 {
					stmt = decl
				}
			}
			if stmt != nil {
				f.deleteStmt(stmt)
				changed = true
			}
		}
	}
}

// remainingUses counts the reads and writes of v in its function that the
// fix does not remove.
func (f *fixer) remainingUses(v *types.Var, at inspector.Cursor) (reads, writes int) {
	body := enclosingBody(at)
	if !body.Valid() {
		return 1, 0
	}
	for c := range body.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if f.p.pass.TypesInfo.Uses[id] != v || f.isRemoved(id) {
			continue
		}
		if c.ParentEdgeKind() == edge.AssignStmt_Lhs {
			writes++
		} else {
			reads++
		}
	}
	return reads, writes
}

// closeOf recognises x.Close() as a statement or a deferred call.
func closeOf(use inspector.Cursor) (*ast.CallExpr, ast.Stmt) {
	if use.ParentEdgeKind() != edge.SelectorExpr_X {
		return nil, nil
	}
	sel := use.Parent()
	if sel.Node().(*ast.SelectorExpr).Sel.Name != "Close" {
		return nil, nil
	}
	if sel.ParentEdgeKind() != edge.CallExpr_Fun {
		return &ast.CallExpr{}, nil
	}
	callCur := sel.Parent()
	switch s := callCur.Parent().Node().(type) {
	case *ast.ExprStmt:
		return callCur.Node().(*ast.CallExpr), s
	case *ast.DeferStmt:
		return callCur.Node().(*ast.CallExpr), s
	}
	return callCur.Node().(*ast.CallExpr), nil
}

func enclosingBody(c inspector.Cursor) inspector.Cursor {
	for fn := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := fn.Node().(type) {
		case *ast.FuncDecl:
			b, _ := fn.FindNode(n.Body)
			return b
		case *ast.FuncLit:
			b, _ := fn.FindNode(n.Body)
			return b
		}
	}
	return inspector.Cursor{}
}

func (f *fixer) isRemoved(n ast.Node) bool {
	for _, r := range f.removed {
		if r.Pos() <= n.Pos() && n.End() <= r.End() {
			return true
		}
	}
	return false
}

func isErrNotNil(info *types.Info, cond ast.Expr, errVar *types.Var) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ || errVar == nil {
		return false
	}
	id, ok := ast.Unparen(b.X).(*ast.Ident)
	return ok && info.Uses[id] == errVar && info.Types[b.Y].IsNil()
}

// deleteStmt removes a statement together with its line.
func (f *fixer) deleteStmt(s ast.Node) {
	start, end := s.Pos(), s.End()
	startLine, endLine := f.tf.Line(start), f.tf.Line(end)
	lineStart := f.tf.LineStart(startLine)
	if endLine < f.tf.LineCount() {
		start, end = lineStart, f.tf.LineStart(endLine+1)
	}
	f.edits = append(f.edits, analysis.TextEdit{Pos: start, End: end})
	f.removed = append(f.removed, s)
}

// dropEditsAt forgets edits inside n (it is about to be deleted whole).
func (f *fixer) dropEditsAt(n ast.Node) {
	kept := f.edits[:0]
	for _, e := range f.edits {
		if !(n.Pos() <= e.Pos && e.End <= n.End()) {
			kept = append(kept, e)
		}
	}
	f.edits = kept
}

func (f *fixer) indent(n ast.Node) string {
	col := f.tf.Position(n.Pos()).Column
	return strings.Repeat("\t", max(col-1, 0))
}
