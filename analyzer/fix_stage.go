package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"sort"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file decides, for one construction, whether a rewrite can keep the
// program's behaviour, and stages the rewrite: what replaces the
// construction and which statements go with it.

// filePlan holds what the fixes of one file share.
type filePlan struct {
	p       *checker
	file    *ast.File
	fileCur inspector.Cursor
	tf      *token.File
	src     []byte
	reqs    []*fixRequest
	imports map[*types.Package]importChoice
	uses    *useIndex
	test    bool // a _test.go file: uses in test files count too
}

// useIndex maps objects to their uses in the package, built on the first
// fix request of a pass from one walk of TypesInfo.Uses.
type useIndex struct{ m map[types.Object][]*ast.Ident }

func (fp *filePlan) usesOf(obj types.Object) []*ast.Ident {
	if fp.uses.m == nil {
		fp.uses.m = map[types.Object][]*ast.Ident{}
		for id, o := range fp.p.pass.TypesInfo.Uses {
			if _, ok := o.(*types.Var); ok {
				fp.uses.m[o] = append(fp.uses.m[o], id)
			} else if _, ok := o.(*types.Func); ok {
				fp.uses.m[o] = append(fp.uses.m[o], id)
			} else if _, ok := o.(*types.PkgName); ok {
				fp.uses.m[o] = append(fp.uses.m[o], id)
			}
		}
		for _, ids := range fp.uses.m {
			sort.Slice(ids, func(i, j int) bool { return ids[i].Pos() < ids[j].Pos() })
		}
	}
	if fp.test {
		return fp.uses.m[obj]
	}
	// A non-test file gets the same answer whether or not the host sees
	// the package's test files (go vet analyses the test variant too, other
	// hosts may not): uses in test files do not decide its fixes.
	var ids []*ast.Ident
	for _, id := range fp.uses.m[obj] {
		if !strings.HasSuffix(fp.p.pass.Fset.File(id.Pos()).Name(), "_test.go") {
			ids = append(ids, id)
		}
	}
	return ids
}

// within reports whether n lies inside one of the nodes.
func within(nodes []ast.Node, n ast.Node) bool {
	for _, r := range nodes {
		if r.Pos() <= n.Pos() && n.End() <= r.End() {
			return true
		}
	}
	return false
}

func newFilePlan(p *checker, file *ast.File, reqs []*fixRequest, uses *useIndex) (*filePlan, error) {
	for _, imp := range file.Imports {
		if imp.Path.Value == `"C"` {
			return nil, fmt.Errorf("cgo file")
		}
	}
	fileCur, ok := p.in.Root().FindNode(file)
	if !ok {
		return nil, fmt.Errorf("internal error: file not in the inspector")
	}
	tf := p.pass.Fset.File(file.Pos())
	read := p.pass.ReadFile
	if read == nil {
		read = os.ReadFile // drivers before x/tools v0.23 do not set Pass.ReadFile
	}
	src, err := read(tf.Name())
	if err != nil {
		return nil, fmt.Errorf("cannot read the file: %v", err)
	}
	if len(src) != tf.Size() {
		return nil, fmt.Errorf("the file changed since it was parsed")
	}
	return &filePlan{p: p, file: file, fileCur: fileCur, tf: tf, src: src, reqs: reqs, imports: map[*types.Package]importChoice{}, uses: uses,
		test: strings.HasSuffix(tf.Name(), "_test.go")}, nil
}

// staged is one construction's rewrite, before it is combined with the
// file's others.
type staged struct {
	req  *fixRequest
	acc  *accessor
	expr string // the accessor as this file writes it: db.Pool, db.SQL()
	pkg  *types.Package

	stmt     ast.Node   // the assignment or var spec rewritten, or nil
	values   []string   // per left-hand side of stmt: its new value
	errSlot  int        // index in values of the error, or -1
	repl     ast.Node   // the expression replaced by replText, when stmt is nil
	replText string     //
	dels     []ast.Stmt // statements deleted with the construction
	removed  []ast.Node // subtrees whose identifiers no longer count as uses
}

var (
	// closeMethods release the pool: their statements go with the
	// construction, since the shared pool must stay open.
	closeMethods = map[string]bool{"Close": true, "Disconnect": true, "Shutdown": true}
	// tuningMethods change the pool for every user (besides Set*).
	tuningMethods = map[string]bool{"Options": true, "Config": true, "Reset": true, "AddHook": true, "Use": true, "Callback": true, "Apply": true}
)

// stage checks one construction and stages its rewrite, or says why there
// is none.
func (fp *filePlan) stage(r *fixRequest) (*staged, string) {
	info := fp.p.pass.TypesInfo
	switch {
	case r.entry.kind == kindDialector:
		return nil, "a gorm dialector is not a pool that an accessor can replace"
	case r.call == nil && r.entry.isLiteral():
		return nil, "pool literals are not rewritten"
	case r.call == nil:
		return nil, "the constructor is used as a function value, not called"
	}
	sig, ok := info.TypeOf(r.call.Fun).(*types.Signature)
	if !ok || sig.Results().Len() == 0 || sig.Results().Len() > 2 ||
		sig.Results().Len() == 2 && !isError(sig.Results().At(1).Type()) {
		return nil, "the constructor does not return a client, or a client and an error"
	}
	twoValue := sig.Results().Len() == 2
	acc, why := fp.p.accessorFor(fp.file, sig.Results().At(0).Type())
	if acc == nil {
		return nil, why
	}
	if why := fp.p.notShared(r.call); why != "" {
		return nil, why
	}
	for _, arg := range r.call.Args {
		if why := effectFree(info, arg); why != "" {
			return nil, why
		}
	}
	ch, ok := fp.importFor(acc.pkg)
	if !ok {
		return nil, fmt.Sprintf("every name for %s is taken in this file", acc.pkg.Path())
	}
	st := &staged{req: r, acc: acc, pkg: acc.pkg, errSlot: -1}
	st.expr = ch.name + "." + acc.sym.name
	if ch.name == "." {
		st.expr = acc.sym.name
	}
	// The name must mean the package (or, dot-imported, the accessor) at
	// the construction.
	pos := r.call.Pos()
	scope := fp.p.pass.Pkg.Scope().Innermost(pos)
	if scope != nil {
		if ch.name == "." {
			if _, obj := scope.LookupParent(acc.sym.name, pos); obj == nil || obj.Pkg() != acc.pkg {
				return nil, fmt.Sprintf("%s is shadowed here", acc.sym.name)
			}
		} else if !ch.added {
			if _, obj := scope.LookupParent(ch.name, pos); obj != info.PkgNameOf(ch.spec) {
				return nil, fmt.Sprintf("the import name %s is shadowed here", ch.name)
			}
		}
	}
	if acc.call {
		st.expr += "()"
	}
	callCur, ok := fp.fileCur.FindNode(r.call)
	if !ok {
		return nil, "internal error: construction not found"
	}
	if why := fp.stageContext(st, unparenCursor(callCur), twoValue); why != "" {
		return nil, why
	}
	return st, ""
}

// stageContext stages the rewrite of the construction at c according to
// where it stands.
func (fp *filePlan) stageContext(st *staged, c inspector.Cursor, twoValue bool) string {
	info := fp.p.pass.TypesInfo
	st.removed = append(st.removed, c.Node())
	switch c.ParentEdgeKind() {
	case edge.AssignStmt_Rhs, edge.ValueSpec_Values:
		stmtCur := c.Parent()
		var lhs []ast.Expr
		switch n := stmtCur.Node().(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE && n.Tok != token.ASSIGN || len(n.Rhs) != 1 {
				return "the construction is part of a multiple assignment"
			}
			if stmtCur.ParentEdgeKind() == edge.LabeledStmt_Stmt {
				return "the construction is a labeled statement"
			}
			if !inStatementList(stmtCur) {
				return "the construction is in an if, switch or for header"
			}
			lhs = n.Lhs
		case *ast.ValueSpec:
			if len(n.Values) != 1 {
				return "the construction is part of a multiple declaration"
			}
			for _, id := range n.Names {
				lhs = append(lhs, id)
			}
			if v, ok := info.Defs[n.Names[0]].(*types.Var); ok && isPackageLevel(v) {
				if twoValue && len(n.Names) == 2 && n.Names[1].Name != "_" {
					return "a package-level error variable is not rewritten"
				}
			}
		}
		if len(lhs) != ternary(twoValue, 2, 1) {
			return "unexpected number of results"
		}
		st.stmt = stmtCur.Node()
		st.values = []string{st.expr}
		if twoValue {
			st.values = append(st.values, "nil")
			st.errSlot = 1
			fp.stageIfErr(st, stmtCur, lhs[1])
		}
		return fp.stageTarget(st, stmtCur, lhs[0])
	case edge.ReturnStmt_Results:
		return reasonReturned
	case edge.SelectorExpr_X, edge.KeyValueExpr_Value: // ctor().Ping(), T{db: ctor()}
		if twoValue {
			return "unexpected form"
		}
		if why := fp.checkUse(st, c, false); why != "" {
			return why
		}
		st.repl, st.replText = c.Node(), st.expr
		return ""
	case edge.CallExpr_Args:
		return fp.checkUse(st, c, false)
	}
	return fmt.Sprintf("the construction is used in a form the fix does not rewrite (%s)", strings.TrimPrefix(fmt.Sprintf("%T", c.Parent().Node()), "*ast."))
}

// stageTarget checks where the constructed value is kept: a variable
// whose every use is read-only, or a field nothing else closes.
func (fp *filePlan) stageTarget(st *staged, stmtCur inspector.Cursor, lhs ast.Expr) string {
	info := fp.p.pass.TypesInfo
	switch x := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if x.Name == "_" {
			return ""
		}
		v, ok := info.ObjectOf(x).(*types.Var)
		if !ok {
			return "unexpected assignment target"
		}
		if isPackageLevel(v) && v.Exported() {
			return fmt.Sprintf("the pool is exported as %s, and other packages may close it", v.Name())
		}
		if fp.isResult(stmtCur, v) {
			return reasonReturned
		}
		return fp.checkVarUses(st, v, x)
	case *ast.SelectorExpr:
		sel := info.Selections[x]
		if sel == nil || sel.Kind() != types.FieldVal {
			return "unexpected assignment target"
		}
		return fp.fieldOK(sel.Obj().(*types.Var), sel.Recv())
	}
	return fmt.Sprintf("the pool is stored in %s", types.ExprString(lhs))
}

// inStatementList reports whether the statement at c can be deleted or
// replaced by a declaration: it is an element of a block or case body.
func inStatementList(c inspector.Cursor) bool {
	switch c.ParentEdgeKind() {
	case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
		return true
	}
	return false
}

// isWritten reports whether the expression at c is assigned to, has its
// address taken, or is incremented.
// effectFree explains why evaluating e could have effects that deleting it
// would lose, or returns "". Identifiers, literals, os.Getenv/LookupEnv of
// constant keys and the usual contexts qualify.
// isContextCall recognises context.Background(), context.TODO() and
// r.Context() on an *http.Request.
func ternary[T any](c bool, a, b T) T {
	if c {
		return a
	}
	return b
}
