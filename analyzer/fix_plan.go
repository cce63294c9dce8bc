package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
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
	base     []ast.Node                 // removed by the staged rewrites themselves
	deleted  map[ast.Node]bool          // statements deleted whole
	rewrites map[ast.Node]*rewrite      // assignments and var specs re-rendered
	repls    map[ast.Node]string        // expressions replaced
	dead     map[*types.Var]bool        // local variables removed
	order    []ast.Node                 // rewrites in creation order
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

// edits renders the plan as text edits.
func (pl *planState) edits() ([]analysis.TextEdit, error) {
	fp := pl.fp
	var edits []analysis.TextEdit
	usesAcc := map[*types.Package]bool{}
	for _, st := range pl.sts {
		if st.stmt == nil {
			usesAcc[st.pkg] = true
		}
	}
	for n, text := range pl.repls {
		edits = append(edits, analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)})
	}
	for _, n := range pl.order {
		rw := pl.rewrites[n]
		text, keepsAcc := pl.renderText(rw)
		if keepsAcc {
			for _, st := range pl.sts {
				if st.stmt == n {
					usesAcc[st.pkg] = true
				}
			}
		}
		if text == "" {
			pl.deleted[n] = true
			continue
		}
		edits = append(edits, analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)})
	}
	pl.collapseDeletions()
	for n := range pl.deleted {
		pos, end := fp.deletionRange(n)
		edits = append(edits, analysis.TextEdit{Pos: pos, End: end})
	}
	edits = append(edits, pl.importEdits(usesAcc)...)
	return fp.normalize(edits)
}

// renderText renders rw; "" means delete it. keepsAcc reports whether the
// construction's accessor survives in the text.
func (pl *planState) renderText(rw *rewrite) (text string, keepsAcc bool) {
	fp := pl.fp
	states := pl.render(rw)
	multi := len(rw.rhs) == 1 && len(rw.lhs) > 1
	var lhs, rhs []string
	prelude := ""
	define := false
	for i, s := range states {
		var name string
		if rw.lhs[i] == nil {
			name = fp.text(rw.node.(*ast.AssignStmt).Lhs[i])
		} else {
			name = rw.lhs[i].Name
		}
		switch s {
		case slotDrop:
			continue
		case slotPrelude:
			v := fp.p.pass.TypesInfo.Defs[rw.lhs[i]].(*types.Var)
			prelude = name + " " + types.TypeString(v.Type(), fp.qualifier())
			continue
		case slotBlank:
			name = "_"
		case slotKeep:
			if rw.lhs[i] != nil && fp.p.pass.TypesInfo.Defs[rw.lhs[i]] != nil {
				define = true
			}
			if i == 0 && rw.values[0] != "" {
				keepsAcc = true
			}
		}
		lhs = append(lhs, name)
		if !multi {
			if rw.values[i] != "" {
				rhs = append(rhs, rw.values[i])
			} else if i < len(rw.rhs) {
				rhs = append(rhs, fp.text(rw.rhs[i]))
			}
		}
	}
	if multi && len(lhs) > 0 {
		rhs = []string{fp.text(rw.rhs[0])}
	}
	_, isSpec := rw.node.(*ast.ValueSpec)
	var body string
	if len(lhs) > 0 {
		body = strings.Join(lhs, ", ")
		switch {
		case isSpec:
			if rw.typ != nil {
				body += " " + fp.text(rw.typ)
			}
			if len(rhs) > 0 {
				body += " = " + strings.Join(rhs, ", ")
			}
		case define:
			body += " := " + strings.Join(rhs, ", ")
		default:
			body += " = " + strings.Join(rhs, ", ")
		}
	}
	if prelude == "" {
		return body, keepsAcc
	}
	if isSpec {
		// var x, err = ctor() → var x = acc; var err error
		if !fp.inGroup(rw.node) {
			prelude = "var " + prelude
		}
		if body == "" {
			return strings.TrimPrefix(prelude, "var "), keepsAcc
		}
		return body + "\n" + fp.indent(rw.node) + prelude, keepsAcc
	}
	prelude = "var " + prelude
	if body == "" {
		return prelude, keepsAcc
	}
	return prelude + "\n" + fp.indent(rw.node) + body, keepsAcc
}

// collapseDeletions widens deletions: a var spec whose declaration loses
// every spec takes the declaration with it, and a deferred function
// literal left empty takes its defer statement.
func (pl *planState) collapseDeletions() {
	for changed := true; changed; {
		changed = false
		for n := range pl.deleted {
			cur, ok := pl.fp.fileCur.FindNode(n)
			if !ok {
				continue
			}
			parent := cur.Parent()
			var siblings []ast.Node
			var whole ast.Node
			switch p := parent.Node().(type) {
			case *ast.GenDecl:
				for _, s := range p.Specs {
					siblings = append(siblings, s)
				}
				whole = p
				if parent.ParentEdgeKind() == edge.DeclStmt_Decl {
					whole = parent.Parent().Node()
				}
			case *ast.BlockStmt:
				if parent.ParentEdgeKind() != edge.FuncLit_Body {
					continue
				}
				lit := parent.Parent()
				if lit.ParentEdgeKind() != edge.CallExpr_Fun || len(lit.Parent().Node().(*ast.CallExpr).Args) > 0 {
					continue
				}
				if d, ok := lit.Parent().Parent().Node().(*ast.DeferStmt); ok && inStatementList(lit.Parent().Parent()) {
					whole = d
				}
				for _, s := range p.List {
					siblings = append(siblings, s)
				}
			}
			if whole == nil || pl.deleted[whole] {
				continue
			}
			all := true
			for _, s := range siblings {
				all = all && pl.deleted[s]
			}
			if all {
				for _, s := range siblings {
					delete(pl.deleted, s)
				}
				pl.deleted[whole] = true
				changed = true
				break // the map changed
			}
		}
	}
}

// normalize sorts the edits, folds edits inside deletions into them, and
// refuses overlaps or edits outside the file: the driver must never see
// an invalid fix.
func (fp *filePlan) normalize(edits []analysis.TextEdit) ([]analysis.TextEdit, error) {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].Pos != edits[j].Pos {
			return edits[i].Pos < edits[j].Pos
		}
		return edits[i].End < edits[j].End
	})
	var dels []analysis.TextEdit
	for _, e := range edits {
		if len(e.NewText) == 0 && e.End > e.Pos {
			dels = append(dels, e)
		}
	}
	var out []analysis.TextEdit
	for _, e := range edits {
		if e.Pos < fp.file.FileStart || e.End > fp.file.FileEnd || e.End < e.Pos {
			return nil, fmt.Errorf("internal error: edit outside the file")
		}
		inside := false
		for _, d := range dels {
			if d.Pos == e.Pos && d.End == e.End && len(e.NewText) == 0 {
				continue
			}
			if d.Pos <= e.Pos && e.End <= d.End && (e.Pos != e.End || d.Pos < e.Pos && e.Pos < d.End) {
				if e.Pos == e.End {
					e.Pos, e.End = d.End, d.End // an insertion moves past the deletion
					continue
				}
				inside = true
			}
		}
		if !inside {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Pos != out[j].Pos {
			return out[i].Pos < out[j].Pos
		}
		return out[i].End < out[j].End
	})
	var dedup []analysis.TextEdit
	for i, e := range out {
		if i > 0 {
			prev := dedup[len(dedup)-1]
			if prev.Pos == e.Pos && prev.End == e.End && string(prev.NewText) == string(e.NewText) {
				continue
			}
			if prev.End > e.Pos {
				return nil, fmt.Errorf("internal error: overlapping edits at %s", fp.p.pass.Fset.Position(e.Pos))
			}
		}
		dedup = append(dedup, e)
	}
	return dedup, nil
}

// deletionRange is the range that deletes n: its whole lines when nothing
// else is on them (a trailing // comment goes too), otherwise exactly n and
// a following semicolon.
func (fp *filePlan) deletionRange(n ast.Node) (token.Pos, token.Pos) {
	src := fp.src
	start, end := fp.tf.Offset(n.Pos()), fp.tf.Offset(n.End())
	ls := start
	for ls > 0 && (src[ls-1] == ' ' || src[ls-1] == '\t') {
		ls--
	}
	le := end
	for le < len(src) && (src[le] == ' ' || src[le] == '\t') {
		le++
	}
	if le+1 < len(src) && src[le] == '/' && src[le+1] == '/' {
		for le < len(src) && src[le] != '\n' {
			le++
		}
	}
	if (ls == 0 || src[ls-1] == '\n') && (le == len(src) || src[le] == '\n') {
		if le < len(src) {
			le++
		}
		return fp.tf.Pos(ls), fp.tf.Pos(le)
	}
	e := end
	for e < len(src) && (src[e] == ' ' || src[e] == '\t') {
		e++
	}
	if e < len(src) && src[e] == ';' {
		end = e + 1
	}
	return n.Pos(), fp.tf.Pos(end)
}

// text is the source of n.
func (fp *filePlan) text(n ast.Node) string {
	return string(fp.src[fp.tf.Offset(n.Pos()):fp.tf.Offset(n.End())])
}

// indent is the white space before n on its line.
func (fp *filePlan) indent(n ast.Node) string {
	off := fp.tf.Offset(n.Pos())
	ls := off
	for ls > 0 && (fp.src[ls-1] == ' ' || fp.src[ls-1] == '\t') {
		ls--
	}
	return string(fp.src[ls:off])
}

// inGroup reports whether the var spec n is inside var ( ... ).
func (fp *filePlan) inGroup(n ast.Node) bool {
	cur, ok := fp.fileCur.FindNode(n)
	if !ok {
		return false
	}
	g, ok := cur.Parent().Node().(*ast.GenDecl)
	return ok && g.Lparen.IsValid()
}

// qualifier names packages as this file imports them.
func (fp *filePlan) qualifier() types.Qualifier {
	return func(pkg *types.Package) string {
		if pkg == fp.p.pass.Pkg {
			return ""
		}
		return localName(fp.file, pkg)
	}
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
			return false
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
