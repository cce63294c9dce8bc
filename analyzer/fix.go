package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// accessor is a resolved -shared entry.
type accessor struct {
	key  key
	pkg  *types.Package
	typ  types.Type // the value's type: the variable's, or the function's result
	call bool       // a function: write Name()
}

// accessors resolves the -shared entries whose packages this package can
// see (its transitive imports). An accessor elsewhere cannot be imported
// without risking a cycle, and its type is unknown here: no fix.
func (p *checker) accessors() ([]accessor, []string) {
	if p.acc != nil || len(p.c.shared) == 0 {
		return p.acc, p.accErrs
	}
	want := map[string]bool{}
	for _, k := range p.c.shared {
		want[k.pkg] = true
	}
	found := map[string]*types.Package{}
	seen := map[*types.Package]bool{}
	var walk func(*types.Package)
	walk = func(pkg *types.Package) {
		for _, imp := range pkg.Imports() {
			if !seen[imp] {
				seen[imp] = true
				if want[imp.Path()] {
					found[imp.Path()] = imp
				}
				walk(imp)
			}
		}
	}
	walk(p.pass.Pkg)
	p.acc = []accessor{}
	for _, k := range p.c.shared {
		pkg := found[k.pkg]
		if pkg == nil {
			continue
		}
		switch obj := pkg.Scope().Lookup(k.name).(type) {
		case *types.Var:
			p.acc = append(p.acc, accessor{key: k, pkg: pkg, typ: obj.Type()})
			continue
		case *types.Func:
			sig := obj.Signature()
			if sig.Params().Len() == 0 && sig.Results().Len() == 1 && sig.TypeParams() == nil {
				p.acc = append(p.acc, accessor{key: k, pkg: pkg, typ: sig.Results().At(0).Type(), call: true})
				continue
			}
		}
		p.accErrs = append(p.accErrs, fmt.Sprintf("-%s accessor %s.%s is not a package-level variable or a function without parameters that returns one value", FlagShared, k.pkg, k.name))
	}
	return p.acc, p.accErrs
}

// fixer builds one suggested fix: a set of edits plus the bookkeeping that
// keeps the file compiling (imports added and removed, dead variables).
type fixer struct {
	p       *checker
	file    *ast.File
	fileCur inspector.Cursor
	tf      *token.File
	edits   []analysis.TextEdit
	removed []ast.Node // subtrees whose identifiers no longer count as uses
}

// suggest returns a fix replacing the construction at call with a shared
// accessor, or the reason why none is offered.
func (p *checker) suggest(file *ast.File, fileCur inspector.Cursor, e *entry, ref inspector.Cursor, call *ast.CallExpr) (*analysis.SuggestedFix, string, string) {
	accs, errs := p.accessors()
	if len(errs) > 0 {
		return nil, "", errs[0]
	}
	if call == nil || e.kind == kindDialector {
		return nil, "", "no fix for this form"
	}
	sig, ok := p.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature)
	if !ok || sig.Results().Len() == 0 || sig.Results().Len() > 2 {
		return nil, "", "no fix for this form"
	}
	client := sig.Results().At(0).Type()
	twoValue := sig.Results().Len() == 2
	if twoValue && !isError(sig.Results().At(1).Type()) {
		return nil, "", "no fix for this form"
	}
	var acc *accessor
	for i := range accs {
		if types.Identical(accs[i].typ, client) {
			acc = &accs[i]
			break
		}
	}
	if acc == nil {
		return nil, "", fmt.Sprintf("no fix: no -%s accessor of type %s is visible from this package (its package must be imported, directly or not)", FlagShared, types.TypeString(client, func(p *types.Package) string { return p.Name() }))
	}
	if why := p.notShared(call); why != "" {
		return nil, "", "no fix: " + why
	}
	if !importable(pkgPath(p.pass.Pkg), acc.pkg.Path()) {
		return nil, "", fmt.Sprintf("no fix: %s is internal to another tree", acc.pkg.Path())
	}
	f := &fixer{p: p, file: file, fileCur: fileCur, tf: p.pass.Fset.File(file.Pos())}
	name, importEdit, ok := f.importName(acc.pkg, acc.key.name, call.Pos())
	if !ok {
		return nil, "", fmt.Sprintf("no fix: every name for %s is taken here", acc.pkg.Path())
	}
	expr := name + "." + acc.key.name
	if name == "." {
		expr = acc.key.name
	}
	if acc.call {
		expr += "()"
	}
	callCur, ok := fileCur.FindNode(call)
	if !ok {
		return nil, "", "no fix for this form"
	}
	if !f.rewrite(callCur, call, expr, twoValue) {
		return nil, "", "no fix for this form"
	}
	if f.uses(expr) && importEdit != nil {
		f.edits = append(f.edits, *importEdit)
	}
	f.removeUnusedImports()
	return &analysis.SuggestedFix{
		Message:   "Use the shared pool " + expr,
		TextEdits: f.edits,
	}, expr, ""
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// importable applies the internal/ rule: a/b/internal/c may be imported
// only from a/b and below.
func importable(from, path string) bool {
	i := strings.LastIndex(path, "/internal/")
	switch {
	case i >= 0:
	case strings.HasSuffix(path, "/internal"):
		i = len(path) - len("/internal")
	case strings.HasPrefix(path, "internal/") || path == "internal":
		return !strings.Contains(from, ".") // std internal packages
	default:
		return true
	}
	parent := path[:i]
	return from == parent || strings.HasPrefix(from, parent+"/")
}

// notShared explains why the construction's configuration may differ from
// the shared pool's. The service's one configuration comes from the
// environment, so arguments built only from contexts, driver names,
// os.Getenv/LookupEnv of constant keys, and literals of those, are the
// shared pool's; anything else (a parameter, a field, a tuned option, a
// hard-coded DSN) may name another database or pool and gets no fix.
func (p *checker) notShared(call *ast.CallExpr) string {
	info := p.pass.TypesInfo
	var check func(e ast.Expr, driverPos bool) string
	check = func(e ast.Expr, driverPos bool) string {
		e = ast.Unparen(e)
		if tv, ok := info.Types[e]; ok && tv.Type != nil && isContext(tv.Type) {
			return ""
		}
		switch x := e.(type) {
		case *ast.BasicLit:
			if driverPos {
				return ""
			}
			return fmt.Sprintf("the hard-coded %s may name another database", x.Value)
		case *ast.CallExpr:
			if isGetenv(info, x) {
				return ""
			}
		case *ast.Ident:
			if o := p.origin(x); o != ast.Expr(x) {
				return check(o, driverPos)
			}
			if c, ok := info.Uses[x].(*types.Const); ok && driverPos && c != nil {
				return ""
			}
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				return check(x.X, false)
			}
		case *ast.CompositeLit:
			for _, elt := range x.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					return "the options may differ from the shared pool's"
				}
				if why := check(kv.Value, false); why != "" {
					return "the options may differ from the shared pool's"
				}
			}
			return ""
		}
		return fmt.Sprintf("its configuration (%s) may differ from the shared pool's", types.ExprString(e))
	}
	sig, _ := info.TypeOf(call.Fun).(*types.Signature)
	for i, arg := range call.Args {
		driverPos := false
		if sig != nil && i < sig.Params().Len() {
			driverPos = strings.HasPrefix(strings.ToLower(sig.Params().At(i).Name()), "driver")
		}
		if why := check(arg, driverPos); why != "" {
			return why
		}
	}
	return ""
}

func isContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

func isGetenv(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "os" || (fn.Name() != "Getenv" && fn.Name() != "LookupEnv") {
		return false
	}
	return len(call.Args) == 1 && info.Types[call.Args[0]].Value != nil
}

// rewrite replaces the construction in its statement. It handles:
//
//	x, err := ctor(...)   (+ the following "if err != nil {...}" and x.Close())
//	x := ctor(...)        (single-value constructors)
//	return ctor(...)      (two values → "acc, nil")
//	f(ctor(...))          (two values spread into f → "acc, nil")
//	any other single-value use
func (f *fixer) rewrite(callCur inspector.Cursor, call *ast.CallExpr, expr string, twoValue bool) bool {
	parent := callCur.Parent()
	switch n := parent.Node().(type) {
	case *ast.AssignStmt:
		if len(n.Rhs) != 1 {
			return false
		}
		if twoValue {
			if len(n.Lhs) != 2 {
				return false
			}
			return f.rewriteTwoValueAssign(parent, n, expr)
		}
		if len(n.Lhs) != 1 {
			return false
		}
		f.replace(call, expr)
		return f.afterReplace(parent, n.Lhs[0], n)
	case *ast.ValueSpec:
		if twoValue || len(n.Values) != 1 || len(n.Names) != 1 {
			return false
		}
		f.replace(call, expr)
		return f.afterReplace(parent, n.Names[0], n)
	case *ast.ReturnStmt:
		if twoValue && len(n.Results) != 1 {
			return false
		}
		f.replace(call, expr+ternary(twoValue, ", nil", ""))
		return true
	case *ast.CallExpr:
		if twoValue && len(n.Args) != 1 {
			return false
		}
		f.replace(call, expr+ternary(twoValue, ", nil", ""))
		return true
	case *ast.ExprStmt, *ast.DeferStmt, *ast.GoStmt:
		return false
	}
	if twoValue {
		return false
	}
	f.replace(call, expr)
	return true
}

func ternary(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

func (f *fixer) replace(n ast.Node, text string) {
	f.edits = append(f.edits, analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)})
	f.removed = append(f.removed, n)
}

// rewriteTwoValueAssign turns "x, err := ctor()" into "x := acc", drops the
// error check that can no longer fire, and keeps err declared when it is
// still read.
func (f *fixer) rewriteTwoValueAssign(stmtCur inspector.Cursor, as *ast.AssignStmt, expr string) bool {
	info := f.p.pass.TypesInfo
	errID, ok := as.Lhs[1].(*ast.Ident)
	if !ok {
		return false
	}
	f.removed = append(f.removed, as.Rhs[0])
	lhs := types.ExprString(as.Lhs[0])
	tok := as.Tok.String()
	if id, ok := as.Lhs[0].(*ast.Ident); ok && (id.Name == "_" || as.Tok == token.DEFINE && info.Defs[id] == nil) {
		tok = "=" // x was declared before: := only declared err
	}
	text := lhs + " " + tok + " " + expr
	prefix := ""
	if errVar, ok := info.ObjectOf(errID).(*types.Var); ok && errID.Name != "_" {
		// "if err != nil {...}" right after the assignment cannot fire now.
		if next, ok := stmtCur.NextSibling(); ok {
			if ifs, ok := next.Node().(*ast.IfStmt); ok && ifs.Init == nil && ifs.Else == nil && isErrNotNil(info, ifs.Cond, errVar) {
				f.deleteStmt(ifs)
			}
		}
		f.removed = append(f.removed, as.Lhs[1])
		reads, writes := f.remainingUses(errVar, stmtCur)
		declaredHere := info.Defs[errID] == errVar
		switch {
		case reads > 0 && declaredHere:
			prefix = "var " + errID.Name + " error\n" + f.indent(as)
		case reads == 0 && (writes > 0 || !declaredHere) && !isPackageLevel(errVar):
			return false // err would be declared and not used
		}
	}
	f.edits = append(f.edits, analysis.TextEdit{Pos: as.Pos(), End: as.End(), NewText: []byte(prefix + text)})
	return f.afterReplace(stmtCur, as.Lhs[0], as)
}

func isPackageLevel(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// afterReplace removes x.Close() on the replaced variable (closing the shared
// pool would break every other user), the whole statement when x is not
// read any more, and local variables that only fed the constructor.
func (f *fixer) afterReplace(stmtCur inspector.Cursor, lhs ast.Expr, stmt ast.Node) bool {
	info := f.p.pass.TypesInfo
	defer f.removeDeadLocals(stmtCur)
	id, ok := lhs.(*ast.Ident)
	if !ok || id.Name == "_" {
		return true
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok || isPackageLevel(v) {
		return true
	}
	body := enclosingBody(stmtCur)
	if !body.Valid() {
		return false
	}
	for c := range body.Preorder((*ast.Ident)(nil)) {
		use := c.Node().(*ast.Ident)
		if info.Uses[use] != v || f.isRemoved(use) {
			continue
		}
		closeCall, closeStmt := closeOf(c)
		if closeStmt != nil {
			f.deleteStmt(closeStmt)
		} else if closeCall != nil {
			return false // x.Close used as a value or inside an expression
		}
	}
	reads, _ := f.remainingUses(v, stmtCur)
	if reads == 0 {
		if info.Defs[id] != v {
			return false // x is declared elsewhere and would be unused
		}
		// x is dead: delete its declaration instead of rewriting it.
		f.dropEditsAt(stmt)
		f.deleteStmt(stmt)
	}
	return true
}

// removeDeadLocals deletes the declarations of local variables whose every
// use was removed (a DSN built only for the constructor), repeatedly, so
// that no "declared and not used" error is left behind.
func (f *fixer) removeDeadLocals(at inspector.Cursor) {
	info := f.p.pass.TypesInfo
	body := enclosingBody(at)
	if !body.Valid() {
		return
	}
	for changed := true; changed; {
		changed = false
		for c := range body.Preorder((*ast.Ident)(nil)) {
			id := c.Node().(*ast.Ident)
			v, ok := info.Uses[id].(*types.Var)
			if !ok || !f.isRemoved(id) || isPackageLevel(v) || v.IsField() {
				continue
			}
			if reads, writes := f.remainingUses(v, at); reads > 0 || writes > 0 {
				continue
			}
			def, ok := f.fileCur.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
			if !ok || info.Defs[idAt(def)] != v || f.isRemoved(def.Node()) {
				continue
			}
			var stmt ast.Node
			switch n := def.Parent().Node().(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == 1 && n.Tok == token.DEFINE {
					stmt = n
				}
			case *ast.ValueSpec:
				if decl, ok := def.Parent().Parent().Node().(*ast.GenDecl); ok && len(n.Names) == 1 && len(decl.Specs) == 1 {
					stmt = decl
				}
			}
			if stmt != nil {
				f.deleteStmt(stmt)
				changed = true
			}
		}
	}
}

// remainingUses counts the reads and writes of v in its function that the
// fix does not remove.
func (f *fixer) remainingUses(v *types.Var, at inspector.Cursor) (reads, writes int) {
	body := enclosingBody(at)
	if !body.Valid() {
		return 1, 0
	}
	for c := range body.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if f.p.pass.TypesInfo.Uses[id] != v || f.isRemoved(id) {
			continue
		}
		if c.ParentEdgeKind() == edge.AssignStmt_Lhs {
			writes++
		} else {
			reads++
		}
	}
	return reads, writes
}

// closeOf recognises x.Close() as a statement or a deferred call.
func closeOf(use inspector.Cursor) (*ast.CallExpr, ast.Stmt) {
	if use.ParentEdgeKind() != edge.SelectorExpr_X {
		return nil, nil
	}
	sel := use.Parent()
	if sel.Node().(*ast.SelectorExpr).Sel.Name != "Close" {
		return nil, nil
	}
	if sel.ParentEdgeKind() != edge.CallExpr_Fun {
		return &ast.CallExpr{}, nil
	}
	callCur := sel.Parent()
	switch s := callCur.Parent().Node().(type) {
	case *ast.ExprStmt:
		return callCur.Node().(*ast.CallExpr), s
	case *ast.DeferStmt:
		return callCur.Node().(*ast.CallExpr), s
	}
	return callCur.Node().(*ast.CallExpr), nil
}

func enclosingBody(c inspector.Cursor) inspector.Cursor {
	for fn := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := fn.Node().(type) {
		case *ast.FuncDecl:
			b, _ := fn.FindNode(n.Body)
			return b
		case *ast.FuncLit:
			b, _ := fn.FindNode(n.Body)
			return b
		}
	}
	return inspector.Cursor{}
}

func (f *fixer) isRemoved(n ast.Node) bool {
	for _, r := range f.removed {
		if r.Pos() <= n.Pos() && n.End() <= r.End() {
			return true
		}
	}
	return false
}

func isErrNotNil(info *types.Info, cond ast.Expr, errVar *types.Var) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ || errVar == nil {
		return false
	}
	id, ok := ast.Unparen(b.X).(*ast.Ident)
	return ok && info.Uses[id] == errVar && info.Types[b.Y].IsNil()
}

// deleteStmt removes a statement together with its line.
func (f *fixer) deleteStmt(s ast.Node) {
	start, end := s.Pos(), s.End()
	startLine, endLine := f.tf.Line(start), f.tf.Line(end)
	lineStart := f.tf.LineStart(startLine)
	if endLine < f.tf.LineCount() {
		start, end = lineStart, f.tf.LineStart(endLine+1)
	}
	f.edits = append(f.edits, analysis.TextEdit{Pos: start, End: end})
	f.removed = append(f.removed, s)
}

// dropEditsAt forgets edits inside n (it is about to be deleted whole).
func (f *fixer) dropEditsAt(n ast.Node) {
	kept := f.edits[:0]
	for _, e := range f.edits {
		if !(n.Pos() <= e.Pos && e.End <= n.End()) {
			kept = append(kept, e)
		}
	}
	f.edits = kept
}

func (f *fixer) indent(n ast.Node) string {
	col := f.tf.Position(n.Pos()).Column
	return strings.Repeat("\t", max(col-1, 0))
}

// importName returns the name under which the file can refer to pkg at
// pos, and the edit that imports it if it is not imported yet. A name is
// usable if nothing in scope at pos shadows it and it collides with no
// package-level or file-level name.
func (f *fixer) importName(pkg *types.Package, member string, pos token.Pos) (string, *analysis.TextEdit, bool) {
	info := f.p.pass.TypesInfo
	scope := f.p.pass.Pkg.Scope().Innermost(pos)
	fileScope := info.Scopes[f.file]
	for _, imp := range f.file.Imports {
		if path, _ := strconv.Unquote(imp.Path.Value); path == pkg.Path() {
			if imp.Name != nil && imp.Name.Name == "." {
				// Dot import: the bare name works if nothing shadows it.
				if _, obj := scope.LookupParent(member, pos); obj != nil && obj.Pkg() == pkg {
					return ".", nil, true
				}
				continue
			}
			if pn, ok := info.Defs[imp.Name].(*types.PkgName); imp.Name != nil && ok {
				if _, obj := scope.LookupParent(pn.Name(), pos); obj == pn {
					return pn.Name(), nil, true
				}
			} else if imp.Name == nil {
				if pn, ok := info.Implicits[imp].(*types.PkgName); ok {
					if _, obj := scope.LookupParent(pn.Name(), pos); obj == pn {
						return pn.Name(), nil, true
					}
				}
			}
		}
	}
	for i := 0; i < 10; i++ {
		name := pkg.Name()
		if i > 0 {
			name += strconv.Itoa(i + 1)
		}
		if _, obj := scope.LookupParent(name, pos); obj != nil {
			continue
		}
		if fileScope != nil && fileScope.Lookup(name) != nil {
			continue
		}
		spec := strconv.Quote(pkg.Path())
		if name != pkg.Name() {
			spec = name + " " + spec
		}
		return name, f.importEdit(spec), true
	}
	return "", nil, false
}

// importEdit inserts an import spec after the file's last import, or after
// the package clause.
func (f *fixer) importEdit(spec string) *analysis.TextEdit {
	var last *ast.GenDecl
	for _, d := range f.file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			last = g
		}
	}
	switch {
	case last != nil && last.Lparen.IsValid():
		return &analysis.TextEdit{Pos: last.Rparen, End: last.Rparen, NewText: []byte("\t" + spec + "\n")}
	case last != nil:
		return &analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("\nimport " + spec)}
	}
	return &analysis.TextEdit{Pos: f.file.Name.End(), End: f.file.Name.End(), NewText: []byte("\n\nimport " + spec)}
}

// uses reports whether the fix writes expr (it does not when the statement
// was deleted as dead).
func (f *fixer) uses(expr string) bool {
	for _, e := range f.edits {
		if strings.Contains(string(e.NewText), expr) {
			return true
		}
	}
	return false
}

// removeUnusedImports deletes imports whose every use was removed, so the
// file compiles without goimports (golangci-lint --fix does not clean
// imports). Blank and dot imports are left alone.
func (f *fixer) removeUnusedImports() {
	info := f.p.pass.TypesInfo
	for _, imp := range f.file.Imports {
		if imp.Name != nil && (imp.Name.Name == "_" || imp.Name.Name == ".") {
			continue
		}
		var pn *types.PkgName
		if imp.Name != nil {
			pn, _ = info.Defs[imp.Name].(*types.PkgName)
		} else {
			pn, _ = info.Implicits[imp].(*types.PkgName)
		}
		if pn == nil {
			continue
		}
		used, touched := false, false
		for c := range f.fileCur.Preorder((*ast.Ident)(nil)) {
			id := c.Node().(*ast.Ident)
			if info.Uses[id] != pn {
				continue
			}
			if f.isRemoved(id) {
				touched = true
			} else {
				used = true
				break
			}
		}
		if touched && !used {
			f.deleteImport(imp)
		}
	}
}

func (f *fixer) deleteImport(imp *ast.ImportSpec) {
	for _, d := range f.file.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			continue
		}
		for _, s := range g.Specs {
			if s != imp {
				continue
			}
			if len(g.Specs) == 1 {
				f.deleteStmt(g)
			} else {
				f.deleteStmt(imp)
			}
			return
		}
	}
}
