package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
)

// This file renders a plan as text edits: statements re-rendered from
// their live slots, and deletions widened to whole lines (fix_verify.go
// checks the result).

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
				switch parent.ParentEdgeKind() {
				case edge.FuncLit_Body:
					lit := parent.Parent()
					if lit.ParentEdgeKind() != edge.CallExpr_Fun || len(lit.Parent().Node().(*ast.CallExpr).Args) > 0 {
						continue
					}
					if d, ok := lit.Parent().Parent().Node().(*ast.DeferStmt); ok && inStatementList(lit.Parent().Parent()) {
						whole = d
					}
				case edge.IfStmt_Body:
					// if err == nil { defer conn.Close() }: an if left empty
					// goes when its condition has no effects.
					ifs := parent.Parent()
					n := ifs.Node().(*ast.IfStmt)
					if n.Init == nil && n.Else == nil && inStatementList(ifs) && effectFree(pl.fp.p.pass.TypesInfo, n.Cond) == "" {
						whole = n
					}
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
