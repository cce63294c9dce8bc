package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file holds the two rules about connection limits:
//
//   - unbounded-pool: in a sanctioned package, a database/sql pool that is
//     kept (in a package variable or struct field, or returned to callers
//     outside the package) and never gets SetMaxOpenConns. A *sql.DB has no
//     limit on open connections by default, so the one shared pool can still
//     exhaust the server. The flow of the pool is followed in
//     limits_flow.go.
//   - pool-limit (only with -max-conns N): a constant connection limit
//     above N (SetMaxOpenConns(500), pgxpool MaxConns, go-redis PoolSize).

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
		t := p.resultType(call, 0)
		switch {
		case t == nil:
			return
		case p.hasLimit(t):
		case p.hasDBLimit(t):
			viaDB = true
		default:
			return // not a database/sql pool (pgxpool, go-redis ... have bounded defaults)
		}
	}
	v := lf.follow(callCursor(ref), h.e.kind == kindDialector)
	if !v.stored || v.escaped || v.limited {
		return
	}
	file := p.fileOf(h.id)
	name := p.refText(file, ref.Node())
	if fn, ok := p.pass.TypesInfo.Uses[h.id].(*types.Func); ok && fn.Signature().Recv() != nil {
		name = methodText(file, fn)
	}
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

// checkMaxConns reports literal connection limits above -max-conns
// (category pool-limit): the constant argument of a size method, or a
// constant assigned to a size field in a composite literal or an
// assignment. Limits computed at run time are not checked.
func (p *checker) checkMaxConns() {
	fields := map[*types.Package]map[*types.Var]bool{}
	var ids []*ast.Ident
	for id, obj := range p.pass.TypesInfo.Uses {
		switch obj := obj.(type) {
		case *types.Func:
			if obj.Pkg() != nil && obj.Signature().Recv() != nil && sizeMethods[funcKey(obj)] {
				ids = append(ids, id)
			}
		case *types.Var:
			if obj.IsField() && obj.Pkg() != nil && sizeFields[obj.Pkg().Path()] != nil && isSizeField(obj, fields) {
				ids = append(ids, id)
			}
		}
	}
	for _, id := range ids {
		p.checkSize(id)
	}
}

// isSizeField reports whether v is one of sizeFields, comparing objects:
// the struct types are looked up once per package in its scope.
func isSizeField(v *types.Var, cache map[*types.Package]map[*types.Var]bool) bool {
	pkg := v.Pkg()
	set, ok := cache[pkg]
	if !ok {
		set = map[*types.Var]bool{}
		for _, sf := range sizeFields[pkg.Path()] {
			tn, _ := pkg.Scope().Lookup(sf.typ).(*types.TypeName)
			if tn == nil {
				continue
			}
			if st, ok := tn.Type().Underlying().(*types.Struct); ok {
				for i := range st.NumFields() {
					if f := st.Field(i); f.Name() == sf.field {
						set[f] = true
					}
				}
			}
		}
		cache[pkg] = set
	}
	return set[v.Origin()]
}

// checkSize reports one use of a size method or field if it sets a
// constant above the limit.
func (p *checker) checkSize(id *ast.Ident) {
	if p.cfg.allowTests && p.inTestFile(id.Pos()) {
		return
	}
	cur, ok := p.cursor(id)
	if !ok {
		return
	}
	var value ast.Expr
	var format string // renders the setting with its value
	switch cur.ParentEdgeKind() {
	case edge.SelectorExpr_Sel:
		sel := cur.Parent()
		if _, isFunc := p.pass.TypesInfo.Uses[id].(*types.Func); isFunc {
			if call, ok := callOf(sel); ok && len(call.Args) == 1 {
				value, format = call.Args[0], id.Name+"(%s)"
			}
		} else if k, i := sel.ParentEdge(); k == edge.AssignStmt_Lhs {
			as := sel.Parent().Node().(*ast.AssignStmt)
			if as.Tok == token.ASSIGN && len(as.Lhs) == len(as.Rhs) {
				value, format = as.Rhs[i], id.Name+" = %s"
			}
		}
	case edge.KeyValueExpr_Key:
		value, format = cur.Parent().Node().(*ast.KeyValueExpr).Value, id.Name+": %s"
	}
	if value == nil {
		return
	}
	tv, ok := p.pass.TypesInfo.Types[value]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return
	}
	if constant.Compare(tv.Value, token.LEQ, constant.MakeInt64(int64(p.cfg.maxConns))) {
		return
	}
	p.report(analysis.Diagnostic{
		Pos:      value.Pos(),
		End:      value.End(),
		Category: CategoryPoolLimit,
		Message: fmt.Sprintf("%s exceeds -%s=%d, the most connections one pool of this service may open",
			fmt.Sprintf(format, tv.Value.ExactString()), FlagMaxConns, p.cfg.maxConns),
	}, Subject{Name: id.Name, Written: id.Name}) // settings are fields and methods: no import changes their name
}

// hasLimit reports whether values of type t have a limit method
// (*sql.DB, *sqlx.DB through its embedded *sql.DB, *xorm.Engine ...).
func (p *checker) hasLimit(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "SetMaxOpenConns")
	fn, ok := obj.(*types.Func)
	return ok && fn.Pkg() != nil && limitMethods[funcKey(fn)]
}

// hasDBLimit reports whether t has a method DB() whose first result has a
// limit method: *gorm.DB, ent's *sql.Driver, jinzhu's *gorm.DB.
func (p *checker) hasDBLimit(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "DB")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	return sig.Params().Len() == 0 && sig.Results().Len() > 0 && p.hasLimit(sig.Results().At(0).Type())
}

// sqlPool reports whether t holds a database/sql pool whose limit can be
// set through it.
func (p *checker) sqlPool(t types.Type) bool {
	return p.hasLimit(t) || p.hasDBLimit(t)
}

// resultType is the type of result i of call, or nil.
func (p *checker) resultType(call *ast.CallExpr, i int) types.Type {
	t := p.pass.TypesInfo.TypeOf(call)
	if tup, ok := t.(*types.Tuple); ok {
		if i >= tup.Len() {
			return nil
		}
		return tup.At(i).Type()
	}
	if i > 0 {
		return nil
	}
	return t
}

func (p *checker) inTestFile(pos token.Pos) bool {
	f := p.pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// callCursor returns the cursor of the call whose function is ref (see
// callOf), or ref itself.
func callCursor(ref inspector.Cursor) inspector.Cursor {
	c := ref
	for {
		switch c.ParentEdgeKind() {
		case edge.ParenExpr_X, edge.IndexExpr_X, edge.IndexListExpr_X:
			c = c.Parent()
			continue
		case edge.CallExpr_Fun:
			return c.Parent()
		}
		return ref
	}
}
