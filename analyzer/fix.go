package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
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

// fixRequest is a construction reported outside the sanctioned packages
// that may get a fix to a -shared accessor.
type fixRequest struct {
	diag    int // index in checker.diags
	file    *ast.File
	entry   *entry
	ref     inspector.Cursor
	call    *ast.CallExpr           // nil for literals and function values
	message func(use string) string // the diagnostic's message naming the accessor used
}

// suggestFixes attaches fixes (or the reason for none) to the requests.
func (p *checker) suggestFixes() {
	for _, r := range p.fixReqs {
		fileCur, _ := p.in.Root().FindNode(r.file)
		d := &p.diags[r.diag]
		fix, expr, why := p.suggest(r.file, fileCur, r.entry, r.ref, r.call)
		if fix != nil {
			d.SuggestedFixes = append(d.SuggestedFixes, *fix)
			d.Message = r.message(expr)
		} else if why != "" {
			d.Message += " (" + why + ")"
		}
	}
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
