package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
)

// The pool-limit rule (only with -max-conns N): a constant connection
// limit above N (SetMaxOpenConns(500), pgxpool MaxConns, go-redis
// PoolSize).

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
