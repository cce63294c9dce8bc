package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// Result is the value a poolcheck pass returns: the package's findings
// after //poolcheck:ignore and before the baseline. Drivers that write
// baselines or inventories (cmd/poolcheck) read it instead of the
// diagnostics' text.
type Result struct {
	// Package is the import path the -allow patterns see: without the
	// " [p.test]" of a test variant and without the "_test" of an
	// external test package; AllowMatches takes it.
	Package  string
	Findings []Finding
}

// Finding is one diagnostic with its identity, which does not depend on
// the wording of its message.
type Finding struct {
	analysis.Diagnostic // Category is the finding's category

	// Key identifies the finding in a baseline file: Key.String() is its
	// line. It is computed from Subject, never from the message.
	Key     BaselineKey
	Subject Subject

	// Where a construction runs (construction and repeated-construction
	// findings; zero for the others).
	Client  types.Type // the client it makes: the constructor's first result, or the type of the literal or new(T)
	Loop    token.Pos  // the innermost for or range statement whose body holds it, or token.NoPos
	Handler string     // the function that serves requests and holds it: its declaration as keys name it ("Users", "Store.Get"), or "a func literal in <declaration>"; "" if none
	Repeats string     // how it runs again and again, as the message says ("runs on every request to Users"); "" when it runs once
	// Helper marks a finding at a call of a function of the package that
	// constructs a client on every call (calls.go), not at a construction:
	// the construction inside the function has a finding of its own.
	Helper bool
}

// Subject is what a finding is about, independent of how the file
// imports it.
type Subject struct {
	// Name is the full name: of the constructor as go/types prints it
	// ("database/sql.Open", "(*github.com/gocql/gocql.ClusterConfig).CreateSession",
	// "github.com/gomodule/redigo/redis.Pool{}" for a literal; for a
	// Helper finding the helper, "example.com/app/session.connectInit"),
	// of the setting of a pool-limit finding ("SetMaxOpenConns",
	// "MaxConns"), or of the accessor a shared-close finding closes
	// ("example.com/app/db.Pool").
	Name string
	// Written is the name as the code writes it and messages print it:
	// "stdsql.Open", "(*gocql.ClusterConfig).CreateSession",
	// "redis.Pool{}", "SetMaxOpenConns", "db.Pool", "db.Get()".
	Written string
}

// keySubject is the subject field of a baseline key. Version 1 keys name
// the accessor of a shared-close finding as written, after "Close"
// ("Close db.Pool"); every other key names the full name.
func keySubject(category string, s Subject) string {
	if category == CategorySharedClose {
		return "Close " + s.Written
	}
	return s.Name
}

// reports are the pass's diagnostics so far; found[i] is what the rule
// that reported diags[i] knows about it.
type reports struct {
	ignores       *directives
	diags         []analysis.Diagnostic
	found         []finding
	baselineCount map[string]int // occurrences per baseline key prefix (baseline.go)
}

// finding is a reported diagnostic and what the rule knows about it.
type finding struct {
	subject Subject
	decl    string // the enclosing top-level declaration, as keys name it
	client  types.Type
	loop    token.Pos
	handler string
	repeats string
	helper  bool
}

// report records a finding of any rule about s. Diagnostics are reported
// by flush, after the //poolcheck:ignore directives and the baseline.
func (p *checker) report(d analysis.Diagnostic, s Subject) {
	if d.URL == "" {
		d.URL = categoryURL(d.Category)
	}
	p.diags = append(p.diags, d)
	p.found = append(p.found, finding{subject: s, decl: p.enclosingDecl(d.Pos)})
}

// reportConstruction records a construction finding at ref, the reference
// to the constructor, and where it runs: rep is how it repeats ("" once).
func (p *checker) reportConstruction(d analysis.Diagnostic, s Subject, ref inspector.Cursor, rep string) {
	p.report(d, s)
	f := &p.found[len(p.found)-1]
	f.client = p.clientType(ref)
	f.loop = enclosingLoop(ref)
	f.handler = p.enclosingHandler(ref, f.decl)
	f.repeats = rep
}

// reportHelperCall records a finding at ref, a call of a function of the
// package that constructs a client on every call, as reportConstruction
// does, marked as such (Finding.Helper).
func (p *checker) reportHelperCall(d analysis.Diagnostic, s Subject, ref inspector.Cursor, rep string) {
	p.reportConstruction(d, s, ref, rep)
	p.found[len(p.found)-1].helper = true
}

// flush applies the ignore directives and the baseline and reports in
// position order (TypesInfo.Uses is a map, so findings arrive unordered).
func (p *checker) flush() *Result {
	order := make([]int, len(p.diags))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return p.diags[order[i]].Pos < p.diags[order[j]].Pos })
	res := &Result{Package: pkgPath(p.pass.Pkg)}
	for _, i := range order {
		d, f := p.diags[i], p.found[i]
		if p.ignores.suppress(p.pass.Fset, d.Pos) {
			continue
		}
		key := p.baselineKey(d.Category, f.decl, f.subject)
		res.Findings = append(res.Findings, Finding{
			Diagnostic: d,
			Key:        key,
			Subject:    f.subject,
			Client:     f.client,
			Loop:       f.loop,
			Handler:    f.handler,
			Repeats:    f.repeats,
			Helper:     f.helper,
		})
		if !p.cfg.baseline.has(key.String()) {
			p.pass.Report(d)
		}
	}
	p.ignores.reportUnused(p.pass)
	return res
}

// clientType is the type of client a construction at ref makes: the first
// result of the constructor (of its instance, for generic ones), or the
// type of the literal, &literal or new(T) that makes a pool type.
func (p *checker) clientType(ref inspector.Cursor) types.Type {
	info := p.pass.TypesInfo
	var id *ast.Ident
	switch n := ref.Node().(type) {
	case *ast.SelectorExpr:
		id = n.Sel
	case *ast.Ident:
		id = n
	default:
		return nil
	}
	switch info.Uses[id].(type) {
	case *types.Func:
		if sig, ok := info.TypeOf(ref.Node().(ast.Expr)).(*types.Signature); ok && sig.Results().Len() > 0 {
			return sig.Results().At(0).Type()
		}
	case *types.TypeName:
		c := ref // T{...}, &T{...}, new(T), through T[A] and parentheses
		for k := c.ParentEdgeKind(); k == edge.IndexExpr_X || k == edge.IndexListExpr_X || k == edge.ParenExpr_X; k = c.ParentEdgeKind() {
			c = c.Parent()
		}
		switch c.ParentEdgeKind() {
		case edge.CompositeLit_Type:
			lit := c.Parent()
			if u, ok := lit.Parent().Node().(*ast.UnaryExpr); ok && lit.ParentEdgeKind() == edge.UnaryExpr_X && u.Op == token.AND {
				return info.TypeOf(u)
			}
			return info.TypeOf(lit.Node().(ast.Expr))
		case edge.CallExpr_Args, edge.CallExpr_Fun:
			return info.TypeOf(c.Parent().Node().(ast.Expr))
		}
	}
	return nil
}

// enclosingLoop returns the innermost for or range statement whose body
// holds ref, across function literals, or token.NoPos.
func enclosingLoop(ref inspector.Cursor) token.Pos {
	pos := ref.Node().Pos()
	for c := range ref.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil)) {
		var body *ast.BlockStmt
		switch n := c.Node().(type) {
		case *ast.ForStmt:
			body = n.Body
		case *ast.RangeStmt:
			body = n.Body
		}
		if body.Pos() <= pos && pos < body.End() {
			return c.Node().Pos()
		}
	}
	return token.NoPos
}

// enclosingHandler names the innermost function around ref that the
// analyzer's handler recognition (repeated.go) says serves requests: decl,
// the top-level declaration, or "a func literal in <decl>".
func (p *checker) enclosingHandler(ref inspector.Cursor, decl string) string {
	for c := range ref.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncLit:
			if p.handler(n.Type, nil) != "" {
				return "a func literal in " + decl
			}
		case *ast.FuncDecl:
			if p.handler(n.Type, n) != "" {
				return decl
			}
		}
	}
	return ""
}

// categoryURL is a diagnostic's link to its category's page: drivers
// resolve it against Analyzer.URL (docs/README.md) to docs/<category>.md.
func categoryURL(category string) string { return category + ".md" }
