package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file decides whether the uses of a constructed pool keep their
// meaning when it becomes the shared pool: read-only method calls do;
// Close statements go with the construction; anything that could close,
// tune or hand the pool to other code means no fix.

// checkVarUses checks every use of the variable v that holds the new pool.
// Its Close statements are staged for deletion.
func (fp *filePlan) checkVarUses(st *staged, v *types.Var, def *ast.Ident) string {
	for _, id := range fp.usesOf(v) {
		if id == def || within(st.removed, id) {
			continue
		}
		cur, ok := fp.p.cursor(id)
		if !ok {
			return "internal error: use not found"
		}
		if fp.p.fileOf(id) != fp.file {
			if why := fp.checkUse(nil, cur, true); why != "" {
				return why + " (in another file)"
			}
			continue
		}
		if why := fp.checkUse(st, cur, false); why != "" {
			return why
		}
	}
	return ""
}

// checkUse decides whether one use of the pool (an identifier, a field
// selection, or the construction itself) keeps its meaning when the pool
// is the shared one. Close statements are staged for deletion when st is
// set and the use is not foreign; otherwise they are a reason.
func (fp *filePlan) checkUse(st *staged, u inspector.Cursor, foreign bool) string {
	info := fp.p.pass.TypesInfo
	u = unparenCursor(u)
	switch u.ParentEdgeKind() {
	case edge.SelectorExpr_X:
		selCur := u.Parent()
		sel := info.Selections[selCur.Node().(*ast.SelectorExpr)]
		if sel == nil {
			return "the pool is used in a form the fix does not understand"
		}
		m := sel.Obj().Name()
		if sel.Kind() == types.FieldVal {
			if isWritten(selCur) {
				return fmt.Sprintf("the pool is tuned through its field %s", m)
			}
			return ""
		}
		if selCur.ParentEdgeKind() != edge.CallExpr_Fun {
			return fmt.Sprintf("the pool's method %s is used as a value", m)
		}
		if closeMethods[m] {
			stmt := closeStatement(selCur.Parent())
			if stmt == nil || st == nil || foreign {
				return "the pool is closed in a form the fix cannot remove"
			}
			st.dels = append(st.dels, stmt)
			st.removed = append(st.removed, stmt)
			return ""
		}
		if strings.HasPrefix(m, "Set") || tuningMethods[m] {
			return fmt.Sprintf("the pool is tuned with %s", m)
		}
		// A method that returns a client of the same type (WithTimeout,
		// WithContext) shares the pool: follow the derived client.
		if call := selCur.Parent(); types.Identical(info.TypeOf(call.Node().(ast.Expr)), info.TypeOf(u.Node().(ast.Expr))) {
			if why := fp.derivedOK(call); why != "" {
				switch {
				case strings.Contains(why, "closed"):
					return fmt.Sprintf("the pool is closed through the client %s returns", m)
				case strings.Contains(why, "tuned"):
					return fmt.Sprintf("the pool is tuned through the client %s returns", m)
				}
				return fmt.Sprintf("%s (a client %s returns)", why, m)
			}
		}
		return ""
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		b := u.Parent().Node().(*ast.BinaryExpr)
		if b.Op == token.EQL || b.Op == token.NEQ {
			return "" // comparing pointers only reads them
		}
	case edge.SwitchStmt_Tag, edge.CaseClause_List:
		return ""
	case edge.IndexExpr_Index:
		return fmt.Sprintf("the pool is a key of map %s", types.ExprString(u.Parent().Node().(*ast.IndexExpr).X))
	case edge.CallExpr_Args:
		call := u.Parent().Node().(*ast.CallExpr)
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			return "the pool is stored in a map, slice or interface"
		}
		return fmt.Sprintf("the pool is passed to %s, which may close or tune it", types.ExprString(call.Fun))
	case edge.AssignStmt_Lhs:
		return fmt.Sprintf("%s is reassigned", types.ExprString(u.Node().(ast.Expr)))
	case edge.AssignStmt_Rhs, edge.ValueSpec_Values:
		switch lhs := sameIndexLHS(u).(type) {
		case *ast.SelectorExpr:
			if sel := info.Selections[lhs]; sel != nil && sel.Kind() == types.FieldVal {
				return fp.fieldOK(sel.Obj().(*types.Var), sel.Recv())
			}
		case *ast.IndexExpr:
			return "the pool is stored in a map, slice or interface"
		case *ast.Ident:
			if lhs.Name == "_" {
				return ""
			}
		}
		return "the pool is assigned to another variable"
	case edge.KeyValueExpr_Value:
		kv := u.Parent().Node().(*ast.KeyValueExpr)
		if k, ok := kv.Key.(*ast.Ident); ok {
			if f, ok := info.Uses[k].(*types.Var); ok && f.IsField() {
				return fp.fieldOK(f, info.TypeOf(u.Parent().Parent().Node().(ast.Expr)))
			}
		}
		return "the pool is stored in a map, slice or interface"
	case edge.CompositeLit_Elts:
		lit := u.Parent().Node().(*ast.CompositeLit)
		if st, ok := derefType(info.TypeOf(lit)).Underlying().(*types.Struct); ok && u.ParentEdgeIndex() < st.NumFields() {
			return fp.fieldOK(st.Field(u.ParentEdgeIndex()), info.TypeOf(lit))
		}
		return "the pool is stored in a map, slice or interface"
	case edge.UnaryExpr_X:
		if u.Parent().Node().(*ast.UnaryExpr).Op == token.AND {
			return "the pool's address is taken"
		}
	case edge.SendStmt_Value:
		return "the pool is sent on a channel"
	case edge.ReturnStmt_Results:
		if foreign {
			return "the pool is returned further"
		}
		return reasonReturned
	}
	return fmt.Sprintf("the pool escapes (%s)", strings.TrimPrefix(fmt.Sprintf("%T", u.Parent().Node()), "*ast."))
}

// fieldOK checks that nothing in the package closes, tunes or hands out
// the field the pool is stored in.
func (fp *filePlan) fieldOK(f *types.Var, owner types.Type) string {
	info := fp.p.pass.TypesInfo
	if f.Pkg() != fp.p.pass.Pkg {
		return fmt.Sprintf("the pool is stored in a field of %s, which may close it", types.TypeString(derefType(owner), func(p *types.Package) string { return p.Name() }))
	}
	closes := fmt.Sprintf("the pool is stored in field %s, which this package closes, tunes or passes on", f.Name())
	for _, id := range fp.usesOf(f) {
		cur, ok := fp.p.cursor(id)
		if !ok {
			return "internal error: field use not found"
		}
		switch cur.ParentEdgeKind() {
		case edge.KeyValueExpr_Key:
			continue
		case edge.SelectorExpr_Sel:
			selCur := cur.Parent()
			if isWritten(selCur) && selCur.ParentEdgeKind() == edge.AssignStmt_Lhs {
				continue // another store into the field
			}
			if why := fp.checkUse(nil, selCur, true); why != "" {
				return closes
			}
		}
	}
	if f.Embedded() {
		// Methods promoted through the field act on the pool: r.Close().
		for _, sel := range info.Selections {
			if sel.Kind() != types.MethodVal || len(sel.Index()) < 2 {
				continue
			}
			st, ok := derefType(sel.Recv()).Underlying().(*types.Struct)
			if !ok || sel.Index()[0] >= st.NumFields() || st.Field(sel.Index()[0]) != f {
				continue
			}
			if m := sel.Obj().Name(); closeMethods[m] || tuningMethods[m] || strings.HasPrefix(m, "Set") {
				return closes
			}
		}
	}
	if f.Exported() {
		return fmt.Sprintf("the pool is stored in exported field %s, and other packages may close it", f.Name())
	}
	return ""
}

// reasonReturned is why a pool that is returned gets no fix: the callers
// include the package's tests (a test that closes the result would close
// the shared pool), and not every host sees the tests, so a decision that
// depended on them would differ between go vet, golangci-lint and
// poolcheck ./... .
const reasonReturned = "the pool is returned, and its callers (tests included) may close it"

// isResult reports whether v is a named result of the function around c.
func (fp *filePlan) isResult(c inspector.Cursor, v *types.Var) bool {
	fn, ok := innermostFunc(c)
	if !ok {
		return false
	}
	if results := funcTypeExpr(fn.Node()).Results; results != nil {
		for _, f := range results.List {
			for _, id := range f.Names {
				if fp.p.pass.TypesInfo.Defs[id] == v {
					return true
				}
			}
		}
	}
	return false
}

// closeStatement returns the statement that is only the call c: c as an
// expression statement, or deferred.
func closeStatement(c inspector.Cursor) ast.Stmt {
	parent := c.Parent()
	switch s := parent.Node().(type) {
	case *ast.ExprStmt:
		if inStatementList(parent) {
			return s
		}
	case *ast.DeferStmt:
		if inStatementList(parent) {
			return s
		}
	}
	return nil
}

// isWritten reports whether the expression at c is assigned to, has its
// address taken, or is incremented.
func isWritten(c inspector.Cursor) bool {
	switch c.ParentEdgeKind() {
	case edge.AssignStmt_Lhs, edge.IncDecStmt_X:
		return true
	case edge.UnaryExpr_X:
		return c.Parent().Node().(*ast.UnaryExpr).Op == token.AND
	}
	return false
}

// derivedOK checks a client derived from the pool (c.WithTimeout(d)): used
// directly, or kept in a local, every use must be read-only too.
func (fp *filePlan) derivedOK(call inspector.Cursor) string {
	call = unparenCursor(call)
	if call.ParentEdgeKind() == edge.AssignStmt_Rhs || call.ParentEdgeKind() == edge.ValueSpec_Values {
		id, ok := sameIndexLHS(call).(*ast.Ident)
		if !ok {
			return "the pool is stored in a map, slice or interface"
		}
		v, ok := fp.p.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if !ok || isPackageLevel(v) {
			return "the pool is assigned to another variable"
		}
		for _, use := range fp.usesOf(v) {
			cur, ok := fp.p.cursor(use)
			if !ok || cur.ParentEdgeKind() == edge.AssignStmt_Lhs {
				continue
			}
			if why := fp.checkUse(nil, cur, true); why != "" {
				return why
			}
		}
		return ""
	}
	return fp.checkUse(nil, call, true)
}
