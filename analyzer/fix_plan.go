package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
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
