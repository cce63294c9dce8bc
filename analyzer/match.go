package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// hit is a reference to a constructor: a catalogued one (e), a function of
// a sanctioned package that returns a client (sanctioned), or a wrapper
// known from a fact (wrapper).
type hit struct {
	id         *ast.Ident
	e          *entry
	sanctioned bool
	wrapper    *wrapperFact
}

// scan finds every reference the rules care about in one pass over
// TypesInfo.Uses, which resolves aliased and dot imports, method values and
// expressions, promoted methods and generic instances to the declared
// object: a map walk instead of a walk of every identifier. Only the few
// hits are then located in the syntax.
func (p *checker) scan(here bool) {
	var hits []hit
	var closes []*ast.Ident
	sanctionedPkg := map[*types.Package]bool{}
	isSanctioned := func(pkg *types.Package) bool {
		s, ok := sanctionedPkg[pkg]
		if !ok {
			s = len(p.c.allow) > 0 && p.c.sanctioned(pkgPath(pkg))
			sanctionedPkg[pkg] = s
		}
		return s
	}
	for id, obj := range p.pass.TypesInfo.Uses {
		if obj.Pkg() == nil {
			continue
		}
		path := obj.Pkg().Path()
		switch obj := obj.(type) {
		case *types.Func:
			if tbl := p.c.catalog[path]; tbl != nil {
				if e := tbl[funcKey(obj)]; e != nil {
					hits = append(hits, hit{id: id, e: e})
					continue
				}
			}
			if p.c.isShared(path, obj) {
				closes = append(closes, id)
				continue
			}
			if p.c.wrappers && obj.Pkg() != p.pass.Pkg {
				var f wrapperFact
				if p.pass.ImportObjectFact(obj.Origin(), &f) {
					hits = append(hits, hit{id: id, e: f.entry(obj), wrapper: &f, sanctioned: isSanctioned(obj.Pkg())})
					continue
				}
			}
			if isSanctioned(obj.Pkg()) && isClientConstructor(obj) {
				hits = append(hits, hit{id: id, e: &entry{name: obj.FullName(), kind: kindPool}, sanctioned: true})
			}
		case *types.Var:
			if p.c.isShared(path, obj) {
				closes = append(closes, id)
			}
		case *types.TypeName:
			if tbl := p.c.catalog[path]; tbl != nil {
				if e := tbl[key{pkg: path, name: obj.Name(), lit: true}]; e != nil {
					hits = append(hits, hit{id: id, e: e})
				}
			}
		}
	}
	if p.c.wrappers {
		hits = p.findWrappers(hits)
	}
	for _, h := range hits {
		p.check(h, here)
	}
	if !here {
		for _, id := range closes {
			p.checkSharedClose(id)
		}
	}
}

// funcKey is the catalog key of a function or method; instances of generic
// functions and methods of instantiated types map to their origin.
func funcKey(fn *types.Func) key {
	fn = fn.Origin()
	k := key{pkg: fn.Pkg().Path(), name: fn.Name()}
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if ptr, ok := t.(*types.Pointer); ok {
			t = ptr.Elem()
		}
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			k.recv = t.Obj().Name()
		default:
			k.recv = "?" // interface method: calls through interfaces are not visible constructions
		}
	}
	return k
}

// check decides whether one reference constructs something and reports it.
func (p *checker) check(h hit, here bool) {
	file := p.fileOf(h.id)
	if file == nil {
		return
	}
	if p.c.allowTests && strings.HasSuffix(p.pass.Fset.File(file.Pos()).Name(), "_test.go") {
		return
	}
	fileCur, ok := p.in.Root().FindNode(file)
	if !ok {
		return
	}
	cur, ok := fileCur.FindByPos(h.id.Pos(), h.id.End())
	if !ok || cur.Node() != h.id {
		return
	}
	// ref is the whole reference: pkg.Name, x.Method or a bare (dot-imported) Name.
	ref := cur
	if ref.ParentEdgeKind() == edge.SelectorExpr_Sel {
		ref = ref.Parent()
	}
	var name string
	var call *ast.CallExpr
	if h.e.isLiteral() {
		if !isLiteralConstruction(ref) {
			return
		}
		if h.e.cond == condNoConnField && hasConnField(p.pass.TypesInfo, literalOf(ref), "Conn") {
			return
		}
		name = p.refText(file, ref.Node()) + "{}"
	} else {
		var isCall bool
		call, isCall = callOf(ref)
		if !p.constructs(h.e, call, isCall) {
			return
		}
		if h.e.kind == kindConn && insidePoolDialer(p.pass.TypesInfo, p.c.catalog, ref) {
			return // the dialer of a pool literal is part of that pool
		}
		name = p.refText(file, ref.Node())
		if fn, ok := p.pass.TypesInfo.Uses[h.id].(*types.Func); ok && fn.Signature().Recv() != nil {
			name = methodText(file, fn)
		}
	}
	// In a sanctioned package, and for the sanctioned packages' own
	// constructors anywhere, only a construction that runs again and again
	// is wrong.
	rep := p.repetition(ref)
	owned := here || h.sanctioned
	if owned && rep == "" {
		return
	}
	via := ""
	if h.wrapper != nil {
		via = h.wrapper.Via
	}
	msg := p.message(name, h.e, "", rep, owned, via)
	var fixes []analysis.SuggestedFix
	if len(p.c.shared) > 0 && !owned {
		fix, expr, why := p.suggest(file, fileCur, h.e, ref, call)
		if fix != nil {
			fixes = append(fixes, *fix)
			msg = p.message(name, h.e, expr, rep, owned, via)
		} else if why != "" {
			msg += " (" + why + ")"
		}
	}
	category := CategoryConstruction
	if rep != "" {
		category = CategoryRepeated
	}
	n := ref.Node()
	p.reportSubject(analysis.Diagnostic{
		Pos:            n.Pos(),
		End:            n.End(),
		Category:       category,
		Message:        msg,
		SuggestedFixes: fixes,
	}, h.e.name)
}

func (e *entry) isLiteral() bool { return strings.HasSuffix(e.name, literalSuffix) }

// message says what was constructed, why that is wrong here and what to
// use instead. rep, if set, says how the construction repeats; owned means
// the construction belongs to a sanctioned package; via names the
// constructor behind a wrapper.
func (p *checker) message(name string, e *entry, use, rep string, owned bool, via string) string {
	var what, each string
	switch e.kind {
	case kindConn:
		what, each = "opens a dedicated connection that bypasses the shared pool", "each call opens a new connection"
	case kindEmbedded:
		what, each = "opens a new handle on an embedded database", "each call opens a new handle"
	case kindDialector:
		what, each = "makes gorm.Open create a new connection pool", "each call makes gorm.Open open a new pool"
	default:
		what, each = "creates a new connection pool", "each call opens a new pool"
	}
	if via != "" {
		what += " (via " + via + ")"
		each += " (via " + via + ")"
	}
	instead := ""
	switch {
	case use != "":
		instead = "; use " + use + " instead"
	case owned:
		instead = "; create it once and share it"
	case len(p.c.allow) > 0:
		instead = "; use the shared pool from " + strings.TrimPrefix(strings.TrimPrefix(p.c.allowText(), "the sanctioned packages "), "the sanctioned package ") + " instead"
	}
	if rep != "" {
		if instead == "" {
			instead = fmt.Sprintf("; no package is sanctioned to create clients: set -%s to the import path of the package that owns the shared pool and use that pool", FlagAllow)
		}
		return fmt.Sprintf("%s %s: %s%s", name, rep, each, instead)
	}
	if len(p.c.allow) == 0 {
		if use != "" {
			return fmt.Sprintf("%s %s%s", name, what, instead)
		}
		return fmt.Sprintf("%s %s; no package is sanctioned to create clients: set -%s to the import path of the package that owns the shared pool and use that pool", name, what, FlagAllow)
	}
	if use != "" {
		return fmt.Sprintf("%s %s outside %s%s", name, what, p.c.allowText(), instead)
	}
	return fmt.Sprintf("%s %s outside %s; use the shared pool from there instead", name, what, p.c.allowText())
}

// constructs applies the entry's argument rule to a call. References that
// are not calls (function values) cannot be decided: they are reported
// unless the entry depends on its arguments.
func (p *checker) constructs(e *entry, call *ast.CallExpr, isCall bool) bool {
	info := p.pass.TypesInfo
	if !isCall {
		return e.cond == condNone || e.cond == condNotPoolConnector
	}
	switch e.cond {
	case condNotPoolConnector:
		if len(call.Args) == 1 {
			if c, ok := ast.Unparen(p.origin(call.Args[0])).(*ast.CallExpr); ok {
				if fn, ok := typeutil.Callee(info, c).(*types.Func); ok && poolConnectors[funcKey(fn)] {
					return false
				}
			}
		}
	case condNoConnField, condNoClientBuilder:
		field := "Conn"
		if e.cond == condNoClientBuilder {
			field = "ClientBuilder"
		}
		if len(call.Args) == 0 {
			return false
		}
		lit, ok := ast.Unparen(p.origin(call.Args[0])).(*ast.CompositeLit)
		if !ok {
			return false // built elsewhere: cannot tell, stay silent
		}
		return !hasConnField(info, lit, field)
	case condDSNArg0, condDSNArg1:
		i := 0
		if e.cond == condDSNArg1 {
			i = 1
		}
		if i >= len(call.Args) || (call.Ellipsis.IsValid() && i == len(call.Args)-1) {
			return false
		}
		tv, ok := info.Types[call.Args[i]]
		if !ok || tv.Type == nil {
			return false
		}
		b, ok := tv.Type.Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0
	}
	return true
}

// poolConnectors return a driver.Connector over an existing pool:
// sql.OpenDB over one builds a facade, not a new pool.
var poolConnectors = map[key]bool{
	{pkg: "github.com/jackc/pgx/v5/stdlib", name: "GetPoolConnector"}: true,
	{pkg: "github.com/ydb-platform/ydb-go-sdk/v3", name: "Connector"}: true,
}

// origin follows a local variable to the expression it was declared with,
// so that "c := stdlib.GetPoolConnector(p); sql.OpenDB(c)" is understood.
// It gives up (returns e) on anything else.
func (p *checker) origin(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return e
	}
	v, ok := p.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return e
	}
	file := p.fileOf(id)
	if file == nil {
		return e
	}
	fileCur, _ := p.in.Root().FindNode(file)
	def, ok := fileCur.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	defID := idAt(def)
	if !ok || defID == nil || p.pass.TypesInfo.Defs[defID] != v {
		return e
	}
	if assignedAgain(p.pass.TypesInfo, def, v) {
		return e
	}
	switch parent := def.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(parent.Lhs) == len(parent.Rhs) {
			for i, l := range parent.Lhs {
				if l == defID {
					return parent.Rhs[i]
				}
			}
		}
	case *ast.ValueSpec:
		if len(parent.Names) == len(parent.Values) {
			for i, n := range parent.Names {
				if n == defID {
					return parent.Values[i]
				}
			}
		}
	}
	return e
}

func idAt(c inspector.Cursor) *ast.Ident {
	id, _ := c.Node().(*ast.Ident)
	return id
}

// assignedAgain reports whether v, or one of its fields, is assigned after
// its declaration within the enclosing function.
func assignedAgain(info *types.Info, def inspector.Cursor, v *types.Var) bool {
	for fn := range def.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		for c := range fn.Preorder((*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil)) {
			switch n := c.Node().(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if rootVar(info, l) == v && l.Pos() != v.Pos() {
						return true
					}
				}
			case *ast.UnaryExpr: // &v may be written through
				if rootVar(info, n.X) == v {
					return true
				}
			}
		}
		return false
	}
	return false
}

// rootVar returns the variable at the root of x, x.f, x.f.g.
func rootVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.ObjectOf(x).(*types.Var)
			return v
		case *ast.SelectorExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// hasConnField reports whether a composite literal, or one nested in it,
// sets field to something other than nil.
func hasConnField(info *types.Info, lit *ast.CompositeLit, field string) bool {
	if lit == nil {
		return false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if k, ok := kv.Key.(*ast.Ident); ok && k.Name == field {
			if tv, ok := info.Types[kv.Value]; ok && tv.IsNil() {
				continue
			}
			return true
		}
		v := ast.Unparen(kv.Value)
		if u, ok := v.(*ast.UnaryExpr); ok {
			v = u.X
		}
		if inner, ok := v.(*ast.CompositeLit); ok && hasConnField(info, inner, field) {
			return true
		}
	}
	return false
}

// callOf returns the call whose function is ref, looking through parens
// and explicit instantiation (F[T](...)).
func callOf(ref inspector.Cursor) (*ast.CallExpr, bool) {
	c := ref
	for {
		switch c.ParentEdgeKind() {
		case edge.ParenExpr_X, edge.IndexExpr_X, edge.IndexListExpr_X:
			c = c.Parent()
			continue
		case edge.CallExpr_Fun:
			return c.Parent().Node().(*ast.CallExpr), true
		}
		return nil, false
	}
}

// isLiteralConstruction reports whether a reference to a pool type makes a
// value of it: T{...}, &T{...} or new(T).
func isLiteralConstruction(ref inspector.Cursor) bool {
	for k := ref.ParentEdgeKind(); k == edge.IndexExpr_X || k == edge.IndexListExpr_X; k = ref.ParentEdgeKind() {
		ref = ref.Parent() // generic pool type T[A]{...}
	}
	switch ref.ParentEdgeKind() {
	case edge.CompositeLit_Type:
		return true
	case edge.CallExpr_Args:
		call := ref.Parent().Node().(*ast.CallExpr)
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		return ok && id.Name == "new" && len(call.Args) == 1
	}
	return false
}

func literalOf(ref inspector.Cursor) *ast.CompositeLit {
	for k := ref.ParentEdgeKind(); k == edge.IndexExpr_X || k == edge.IndexListExpr_X; k = ref.ParentEdgeKind() {
		ref = ref.Parent()
	}
	lit, _ := ref.Parent().Node().(*ast.CompositeLit)
	return lit
}

// insidePoolDialer reports whether ref is inside a function literal that is
// a field of a catalogued pool literal (redigo's &redis.Pool{Dial: func...})
// or an argument of a catalogued pool constructor (redis.NewPool(func...)).
func insidePoolDialer(info *types.Info, cat catalog, ref inspector.Cursor) bool {
	for lit := range ref.Enclosing((*ast.FuncLit)(nil)) {
		parent := lit.Parent()
		if lit.ParentEdgeKind() == edge.KeyValueExpr_Value {
			parent = parent.Parent()
		}
		switch n := parent.Node().(type) {
		case *ast.CompositeLit:
			if t, ok := info.Types[n]; ok {
				if named, ok := types.Unalias(derefType(t.Type)).(*types.Named); ok && named.Obj().Pkg() != nil {
					k := key{pkg: named.Obj().Pkg().Path(), name: named.Obj().Name(), lit: true}
					if e := cat[k.pkg][k]; e != nil && e.kind == kindPool {
						return true
					}
				}
			}
		case *ast.CallExpr:
			if fn, ok := typeutil.Callee(info, n).(*types.Func); ok && fn.Pkg() != nil {
				if e := cat[fn.Pkg().Path()][funcKey(fn)]; e != nil && e.kind == kindPool {
					return true
				}
			}
		}
	}
	return false
}

func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// refText renders a function or type reference as the file wrote it:
// "sql.Open", "stdsql.Open" (aliased import) or "Open" (dot import).
func (p *checker) refText(file *ast.File, n ast.Node) string {
	switch n := n.(type) {
	case *ast.SelectorExpr:
		if x, ok := n.X.(*ast.Ident); ok {
			return x.Name + "." + n.Sel.Name
		}
		return n.Sel.Name
	case *ast.Ident:
		return n.Name
	}
	return "?"
}

// methodText renders a method as (*pkg.T).M with the file's name for pkg.
func methodText(file *ast.File, fn *types.Func) string {
	fn = fn.Origin()
	recv := fn.Signature().Recv().Type()
	star := ""
	if ptr, ok := recv.(*types.Pointer); ok {
		star, recv = "*", ptr.Elem()
	}
	tname := "?"
	if named, ok := types.Unalias(recv).(*types.Named); ok {
		tname = named.Obj().Name()
	}
	return fmt.Sprintf("(%s%s.%s).%s", star, localName(file, fn.Pkg()), tname, fn.Name())
}

// localName is the name under which file imports pkg, or pkg's own name.
func localName(file *ast.File, pkg *types.Package) string {
	for _, imp := range file.Imports {
		if strings.Trim(imp.Path.Value, "`\"") != pkg.Path() {
			continue
		}
		if imp.Name != nil && imp.Name.Name != "_" && imp.Name.Name != "." {
			return imp.Name.Name
		}
		break
	}
	return pkg.Name()
}
