package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// The unbounded-pool rule: in a sanctioned package, a database/sql pool
// that is kept (in a package variable or struct field, or returned to
// callers outside the package) and never gets SetMaxOpenConns. A *sql.DB
// has no limit on open connections by default, so the one shared pool can
// still exhaust the server. The flow of the pool is followed in
// poolflow.go.

// checkLimits reports, in a sanctioned package, database/sql pools that are
// stored but never get SetMaxOpenConns (category unbounded-pool).
//
// One pass over TypesInfo.Uses finds the constructions and the limit
// calls; only when there is a construction is the package indexed further
// (see newLimitFlow).
func (p *checker) checkLimits() {
	var hits []hit
	var limits []*ast.Ident
	for id, obj := range p.pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil {
			continue
		}
		k := funcKey(fn)
		if limitMethods[k] {
			limits = append(limits, id)
			continue
		}
		if e := p.cfg.catalog[k.pkg][k]; e != nil && (e.kind == kindPool || e.kind == kindDialector) {
			hits = append(hits, hit{id: id, e: e})
		}
	}
	if len(hits) == 0 {
		return
	}
	lf := p.newLimitFlow(limits)
	for _, h := range hits {
		p.checkPool(lf, h)
	}
}

// checkPool reports one construction of a database/sql pool if it is kept
// but never limited. Constructions in _test.go files are not checked:
// the rule is about the pool a service runs with.
func (p *checker) checkPool(lf *limitFlow, h hit) {
	if p.inTestFile(h.id.Pos()) {
		return
	}
	ref, ok := p.refOf(h.id)
	if !ok {
		return
	}
	call, isCall := callOf(ref)
	if !isCall || !p.constructs(h.e, call, true) {
		return // a function value: where it is called is not known
	}
	// viaDB: the limit is set on the *sql.DB that DB() returns (gorm,
	// ent, jinzhu/gorm), not on the value itself.
	viaDB := h.e.kind == kindDialector
	if !viaDB {
		t := resultType(p.pass.TypesInfo, call, 0)
		switch {
		case t == nil:
			return
		case hasLimit(t):
		case hasDBLimit(t):
			viaDB = true
		default:
			return // not a database/sql pool (pgxpool, go-redis ... have bounded defaults)
		}
	}
	v := lf.follow(callCursor(ref), h.e.kind == kindDialector)
	if !v.stored || v.escaped || v.limited {
		return
	}
	name := p.writtenName(h, ref)
	why, fix := "MaxOpenConns is unlimited by default", "call SetMaxOpenConns"
	if v.zero {
		why, fix = "SetMaxOpenConns with 0 or less means unlimited", "call SetMaxOpenConns with a positive limit"
	}
	if viaDB {
		fix += " on its DB()"
	}
	n := ref.Node()
	p.report(analysis.Diagnostic{
		Pos:      n.Pos(),
		End:      n.End(),
		Category: CategoryUnbounded,
		Message:  fmt.Sprintf("%s pool has no connection limit (%s): %s", name, why, fix),
	}, Subject{Name: p.pass.TypesInfo.Uses[h.id].(*types.Func).Origin().FullName(), Written: name})
}
