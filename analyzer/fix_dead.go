package analyzer

// This file removes what a rewrite leaves dead: locals that only fed the
// construction (to a fixed point, keeping effects), their writes, and the
// "if err != nil" of a construction that can no longer fail.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// eliminate removes, to a fixed point, the local variables whose every
// read was removed: their assignments are re-rendered without them.
func (pl *planState) eliminate() error {
	fp := pl.fp
	info := fp.p.pass.TypesInfo
	for round := 0; ; round++ {
		if round > 50 {
			return fmt.Errorf("internal error: dead-variable removal does not settle")
		}
		pl.collapseDeletions()
		removed := pl.removed()
		changed := false
		for _, n := range removed {
			cur, ok := fp.fileCur.FindNode(n)
			if !ok {
				continue
			}
			for c := range cur.Preorder((*ast.Ident)(nil)) {
				v, ok := info.Uses[c.Node().(*ast.Ident)].(*types.Var)
				if !ok || pl.dead[v] || !fp.eliminable(v) || fp.reads(v, removed) > 0 {
					continue
				}
				pl.dead[v] = true
				changed = true
				if err := pl.rewriteWrites(v); err != nil {
					return err
				}
			}
		}
		if !changed {
			return nil
		}
	}
}

// rewriteWrites prepares every assignment to the dead variable v.
func (pl *planState) rewriteWrites(v *types.Var) error {
	fp := pl.fp
	def, ok := fp.fileCur.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return fmt.Errorf("internal error: declaration of %s not found", v.Name())
	}
	writes := []ast.Node{def.Parent().Node()}
	for _, id := range fp.usesOf(v) {
		cur, ok := fp.p.cursor(id)
		if ok && cur.ParentEdgeKind() == edge.AssignStmt_Lhs {
			writes = append(writes, cur.Parent().Node())
		}
	}
	for _, w := range writes {
		if pl.deleted[w] {
			continue
		}
		if _, err := pl.rewriteOf(w); err != nil {
			return err
		}
	}
	return nil
}

// eliminable reports whether v is a local variable of this file declared
// by := or var inside a function, so its declaration can go.
func (fp *filePlan) eliminable(v *types.Var) bool {
	if isPackageLevel(v) || v.IsField() || fp.tf != fp.p.pass.Fset.File(v.Pos()) {
		return false
	}
	def, ok := fp.fileCur.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok || fp.p.pass.TypesInfo.Defs[idAt(def)] != v {
		return false
	}
	switch def.ParentEdgeKind() {
	case edge.AssignStmt_Lhs:
		return def.Parent().Node().(*ast.AssignStmt).Tok == token.DEFINE && inStatementList(def.Parent())
	case edge.ValueSpec_Names:
		return def.Parent().Parent().ParentEdgeKind() == edge.DeclStmt_Decl
	}
	return false
}

// reads counts the uses of v that are not plain assignments to it and are
// not removed.
func (fp *filePlan) reads(v *types.Var, removed []ast.Node) int {
	n := 0
	for _, id := range fp.usesOf(v) {
		if within(removed, id) {
			continue
		}
		cur, ok := fp.p.cursor(id)
		if ok && cur.ParentEdgeKind() == edge.AssignStmt_Lhs {
			if as := cur.Parent().Node().(*ast.AssignStmt); as.Tok == token.ASSIGN || as.Tok == token.DEFINE {
				continue
			}
		}
		n++
	}
	return n
}

// errKnownNil reports whether the error variable v is certainly nil just
// before stmt, so that the rewrite need not assign nil to it: walking back
// through the block, the last statement that decides v is a construction
// of this plan (now nil), "var err error", or "if err != nil {...}" whose
// body leaves the block.
func (pl *planState) errKnownNil(stmt ast.Node, v *types.Var) bool {
	info := pl.fp.p.pass.TypesInfo
	cur, ok := pl.fp.fileCur.FindNode(stmt)
	if !ok {
		return false
	}
	for {
		prev, ok := cur.PrevSibling()
		if !ok {
			// At the top of the function body a named result is still zero.
			return cur.ParentEdgeKind() == edge.BlockStmt_List && cur.Parent().ParentEdgeKind() == edge.FuncDecl_Body &&
				pl.fp.isResult(cur, v)
		}
		cur = prev
		n := prev.Node()
		for _, st := range pl.sts {
			if st.stmt == n && st.errSlot >= 0 {
				return true
			}
		}
		if ifs, ok := n.(*ast.IfStmt); ok && ifs.Init == nil && ifs.Else == nil && isErrNotNil(info, ifs.Cond, v) && leaves(info, ifs.Body) {
			return true
		}
		if ds, ok := n.(*ast.DeclStmt); ok {
			if g := ds.Decl.(*ast.GenDecl); len(g.Specs) == 1 {
				if vs, ok := g.Specs[0].(*ast.ValueSpec); ok && len(vs.Values) == 0 && len(vs.Names) == 1 && info.Defs[vs.Names[0]] == v {
					return true
				}
			}
		}
		for c := range prev.Preorder((*ast.Ident)(nil)) {
			if info.ObjectOf(c.Node().(*ast.Ident)) == v && isWritten(c) {
				return false
			}
		}
	}
}

// leaves reports whether a block ends by leaving it: return, a branch,
// panic, os.Exit or log.Fatal.
func leaves(info *types.Info, b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		switch fn := typeutil.Callee(info, call).(type) {
		case *types.Builtin:
			return fn.Name() == "panic"
		case *types.Func:
			if fn.Pkg() != nil && fn.Signature().Recv() == nil {
				name := fn.Pkg().Path() + "." + fn.Name()
				return name == "os.Exit" || strings.HasPrefix(name, "log.Fatal")
			}
		}
	}
	return false
}

// stageIfErr stages the deletion of "if err != nil {...}" right after the
// construction: it cannot fire any more.
func (fp *filePlan) stageIfErr(st *staged, stmtCur inspector.Cursor, errExpr ast.Expr) {
	id, ok := errExpr.(*ast.Ident)
	if !ok || id.Name == "_" {
		return
	}
	errVar, _ := fp.p.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if _, ok := stmtCur.Node().(*ast.ValueSpec); ok {
		// var x, err = C: the statement is the declaration, if alone.
		if g := stmtCur.Parent().Node().(*ast.GenDecl); len(g.Specs) != 1 || stmtCur.Parent().ParentEdgeKind() != edge.DeclStmt_Decl {
			return
		}
		stmtCur = stmtCur.Parent().Parent()
	}
	next, ok := stmtCur.NextSibling()
	if !ok || errVar == nil {
		return
	}
	if ifs, ok := next.Node().(*ast.IfStmt); ok && ifs.Init == nil && ifs.Else == nil && isErrNotNil(fp.p.pass.TypesInfo, ifs.Cond, errVar) {
		st.dels = append(st.dels, ifs)
		st.removed = append(st.removed, ifs)
	}
}

func isErrNotNil(info *types.Info, cond ast.Expr, errVar *types.Var) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return false
	}
	id, ok := ast.Unparen(b.X).(*ast.Ident)
	return ok && info.Uses[id] == errVar && info.Types[b.Y].IsNil()
}
