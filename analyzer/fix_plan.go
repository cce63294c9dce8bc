package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/types/typeutil"
)

// This file combines the staged rewrites of a file into one edit set:
// assignments are re-rendered from what stays alive, variables that only
// fed removed code are removed (keeping any effects), imports follow.

// planState is one attempt at a file's edit set.
type planState struct {
	fp       *filePlan
	sts      []*staged
	base     []ast.Node            // removed by the staged rewrites themselves
	deleted  map[ast.Node]bool     // statements deleted whole
	rewrites map[ast.Node]*rewrite // assignments and var specs re-rendered
	repls    map[ast.Node]string   // expressions replaced
	dead     map[*types.Var]bool   // local variables removed
	order    []ast.Node            // rewrites in creation order
}

// rewrite is an assignment or var spec rendered again slot by slot.
type rewrite struct {
	node    ast.Node // *ast.AssignStmt or *ast.ValueSpec
	lhs     []*ast.Ident
	rhs     []ast.Expr // one per slot, or one multi-value expression
	values  []string   // per slot: new text of the value ("" = the original)
	errSlot int        // the construction's error slot, or -1
	typ     ast.Expr   // a var spec's type
}

// plan builds, checks and verifies the edit set of sts.
func (fp *filePlan) plan(sts []*staged) ([]analysis.TextEdit, error) {
	pl := &planState{fp: fp, sts: sts, deleted: map[ast.Node]bool{}, rewrites: map[ast.Node]*rewrite{},
		repls: map[ast.Node]string{}, dead: map[*types.Var]bool{}}
	for _, st := range sts {
		pl.base = append(pl.base, st.removed...)
		for _, d := range st.dels {
			pl.deleted[d] = true
		}
		if st.stmt == nil {
			pl.repls[st.repl] = st.replText
			continue
		}
		rw, err := pl.rewriteOf(st.stmt)
		if err != nil {
			return nil, err
		}
		rw.rhs = make([]ast.Expr, len(rw.lhs)) // the construction's results
		copy(rw.values, st.values)
		rw.errSlot = st.errSlot
	}
	if err := pl.eliminate(); err != nil {
		return nil, err
	}
	edits, err := pl.edits()
	if err != nil {
		return nil, err
	}
	if err := fp.verify(edits); err != nil {
		return nil, err
	}
	return edits, nil
}

// rewriteOf returns the rewrite of an assignment or var spec, creating it
// from the original.
func (pl *planState) rewriteOf(n ast.Node) (*rewrite, error) {
	if rw := pl.rewrites[n]; rw != nil {
		return rw, nil
	}
	rw := &rewrite{node: n, errSlot: -1}
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
			return nil, fmt.Errorf("internal error: cannot rewrite %s", n.Tok)
		}
		for _, l := range n.Lhs {
			id, ok := ast.Unparen(l).(*ast.Ident)
			if !ok {
				id = nil // a field or element: kept as written
			}
			rw.lhs = append(rw.lhs, id)
		}
		rw.rhs = n.Rhs
	case *ast.ValueSpec:
		rw.lhs = n.Names
		rw.rhs = n.Values
		rw.typ = n.Type
	default:
		return nil, fmt.Errorf("internal error: cannot rewrite %T", n)
	}
	rw.values = make([]string, len(rw.lhs))
	pl.rewrites[n] = rw
	pl.order = append(pl.order, n)
	return rw, nil
}

// slotState is the outcome of one slot of a rewrite.
type slotState int

const (
	slotKeep    slotState = iota
	slotBlank             // kept as "_" because its value has effects
	slotDrop              // gone
	slotPrelude           // gone, the variable declared before instead ("var err error")
)

// render decides each slot of rw given the dead variables.
func (pl *planState) render(rw *rewrite) []slotState {
	info := pl.fp.p.pass.TypesInfo
	multi := len(rw.rhs) == 1 && len(rw.lhs) > 1
	out := make([]slotState, len(rw.lhs))
	for i, id := range rw.lhs {
		if id == nil {
			continue // not a variable: kept
		}
		v, _ := info.ObjectOf(id).(*types.Var)
		gone := id.Name == "_" || v != nil && pl.dead[v]
		switch {
		case gone && multi:
			out[i] = slotBlank
		case gone && i >= len(rw.rhs):
			out[i] = slotDrop // var x T
		case gone && (rw.values[i] != "" || effectFree(info, rw.rhs[i]) == ""):
			out[i] = slotDrop
		case gone:
			out[i] = slotBlank
		case i == rw.errSlot && info.Defs[id] != nil:
			out[i] = slotPrelude
		case i == rw.errSlot && v != nil && pl.errKnownNil(rw.node, v):
			out[i] = slotDrop // err = nil where err is nil already
		}
	}
	if multi {
		all := true
		for _, s := range out {
			all = all && s == slotBlank
		}
		if all && effectFree(info, rw.rhs[0]) == "" {
			for i := range out {
				out[i] = slotDrop
			}
		}
	}
	return out
}

// removed lists every subtree whose identifiers no longer count as uses.
func (pl *planState) removed() []ast.Node {
	out := append([]ast.Node(nil), pl.base...)
	for n := range pl.deleted {
		out = append(out, n)
	}
	for _, n := range pl.order {
		rw := pl.rewrites[n]
		states := pl.render(rw)
		multi := len(rw.rhs) == 1 && len(rw.lhs) > 1
		gone := true
		for i, s := range states {
			if s == slotKeep || s == slotBlank {
				gone = false
			}
			if s != slotKeep && rw.lhs[i] != nil {
				out = append(out, rw.lhs[i])
			}
			if (s == slotDrop || s == slotPrelude) && !multi && i < len(rw.rhs) && rw.rhs[i] != nil {
				out = append(out, rw.rhs[i])
			}
		}
		if gone && multi && rw.rhs[0] != nil {
			out = append(out, rw.rhs[0])
		}
	}
	return out
}

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
