package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file follows calls within the package: a helper that constructs a
// client on every call (connectInit, func (h *Handler) db() *sql.DB) is a
// repeated construction when a handler, a loop or a goroutine calls it.
//
// Where it reports: at the call site, in the handler (or loop), e.g.
//
//	connectInit runs on every call to SessionRead: each call opens a new pool (via sql.Open)
//
// and not at the construction. The call site is where the repetition is:
// each handler that calls the helper is a finding of its own, with its own
// line for //poolcheck:ignore and the baseline, and a helper called once
// from main and per request from a handler is reported only for the
// handler. The construction inside the helper keeps its own report (a
// construction outside the sanctioned packages), unchanged, so baselines
// written before stay valid.
//
// Cost: the package's references to its own functions are grouped by
// callee in one walk of TypesInfo.Uses; a function enters the set of
// constructing functions at most once (the cycle guard), and the
// references to it are examined when it does, so the following is linear
// in the number of references. Only files with such references are
// indexed for cursors.

// constructing is a function of the package that constructs a client on
// every call.
type constructing struct {
	kind kind
	// Either the construction itself (h at ref), or a call (name) of the
	// next function of the chain.
	h    hit
	ref  inspector.Cursor
	name string
	next *constructing
}

// via names the chain for messages, built only for what is reported:
// "open1 via sql.Open", "inner.Open via sql.Open".
func (c *constructing) via(p *checker) string {
	var b strings.Builder
	for ; c.next != nil; c = c.next {
		b.WriteString(c.name)
		b.WriteString(" via ")
	}
	b.WriteString(p.writtenName(c.h, c.ref))
	if c.h.wrapper != nil {
		b.WriteString(" via ")
		b.WriteString(c.h.wrapper.Via)
	}
	return b.String()
}

// followCalls reports the calls, from handlers, loops and goroutines, of
// this package's functions that construct a client on every call. The
// references that scan has already decided (hits) are not followed, so
// that local wrappers found through facts are not reported twice.
func (p *checker) followCalls(hits []hit, found []construction) {
	f := &callFollower{checker: p, guards: map[*ast.BlockStmt]token.Pos{}, filled: map[ast.Node]map[types.Object]bool{}}
	set := map[*types.Func]*constructing{}
	var work []*types.Func
	// In source order, so that a helper with several constructions names
	// the first one, whatever the order of TypesInfo.Uses.
	found = slices.Clone(found)
	slices.SortFunc(found, func(a, b construction) int { return cmp.Compare(a.id.Pos(), b.id.Pos()) })
	for _, c := range found {
		if c.call == nil && !c.e.isLiteral() {
			continue // a function value constructs where it is called
		}
		fn, fnCur := p.enclosingFunc(c.ref)
		if fn == nil || set[fn] != nil || f.cached(c.ref, fnCur) {
			continue
		}
		set[fn] = &constructing{h: c.hit, ref: c.ref, kind: c.e.kind}
		work = append(work, fn)
	}
	if len(work) == 0 {
		return
	}
	done := map[*ast.Ident]bool{}
	for _, h := range hits {
		done[h.id] = true
	}
	// References to this package's functions, by callee.
	callers := map[*types.Func][]*ast.Ident{}
	for id, obj := range p.pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() == p.pass.Pkg && !done[id] {
			callers[fn.Origin()] = append(callers[fn.Origin()], id)
		}
	}
	for _, ids := range callers {
		slices.SortFunc(ids, func(a, b *ast.Ident) int { return cmp.Compare(a.Pos(), b.Pos()) })
	}
	type site struct {
		id  *ast.Ident
		ref inspector.Cursor
		fn  *types.Func
	}
	var sites []site
	for len(work) > 0 {
		fn := work[0]
		work = work[1:]
		for _, id := range callers[fn] {
			ref, ok := p.refOf(id)
			if !ok {
				continue
			}
			if _, isCall := callOf(ref); !isCall {
				continue // a function value: where it is called is not known
			}
			if p.cfg.allowTests && p.inTestFile(id.Pos()) {
				continue
			}
			caller, callerCur := p.enclosingFunc(ref)
			if f.cached(ref, callerCur) {
				continue // if client == nil { connectInit() }
			}
			sites = append(sites, site{id, ref, fn})
			if caller == nil || set[caller] != nil {
				continue
			}
			set[caller] = &constructing{name: id.Name, next: set[fn], kind: set[fn].kind}
			work = append(work, caller)
		}
	}
	slices.SortFunc(sites, func(a, b site) int { return cmp.Compare(a.id.Pos(), b.id.Pos()) })
	for _, s := range sites {
		rep := p.repetition(s.ref)
		if rep == "" {
			continue
		}
		c := set[s.fn]
		msg := p.callMessage(s.id.Name, c, rep)
		if len(p.cfg.shared) > 0 {
			// The fix, if any, belongs to the construction in the helper.
			msg += " (no fix: the pool is constructed in " + s.id.Name + ")"
		}
		n := s.ref.Node()
		d := analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: CategoryRepeated, Message: msg}
		p.reportHelperCall(d, Subject{Name: s.fn.FullName(), Written: s.id.Name}, s.ref, rep)
	}
}

// callFollower is the state of one followCalls.
type callFollower struct {
	*checker
	guards map[*ast.BlockStmt]token.Pos       // per function body: the end of its first early return on a cache, or NoPos
	filled map[ast.Node]map[types.Object]bool // per function: the variables it stores into a cache map
}

// enclosingFunc returns the declared function that runs the code at ref
// each time it is called: the innermost function declaration, looking
// through function literals called on the spot (func(){...}() and
// go func(){...}()). A construction in any other literal (passed to
// sync.Once.Do, stored, returned) does not run with the function.
func (p *checker) enclosingFunc(ref inspector.Cursor) (*types.Func, inspector.Cursor) {
	// A walk up the parents: Enclosing would allocate an iterator per call.
	for c := ref; c.Node() != nil; c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.FuncLit:
			if c.ParentEdgeKind() != edge.CallExpr_Fun {
				return nil, c
			}
		case *ast.FuncDecl:
			fn, _ := p.pass.TypesInfo.Defs[n.Name].(*types.Func)
			return fn, c
		}
	}
	return nil, inspector.Cursor{}
}
