package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// The syntax half of the export (export.go): construction sites, handlers
// and loops of one package, for internal/budget.

// Syntax answers questions about the syntax of one type-checked package.
// Build it once per package; it is not safe for concurrent use.
type Syntax struct{ p *checker }

// NewSyntax wraps a package's files and type information.
func (c *Catalog) NewSyntax(fset *token.FileSet, pkg *types.Package, files []*ast.File, info *types.Info) *Syntax {
	pass := &analysis.Pass{Fset: fset, Files: files, Pkg: pkg, TypesInfo: info}
	return &Syntax{&checker{pass: pass, cfg: c.c}} // the inspector is built on first need
}

// inspect builds the package's inspector once: Handler needs none, and
// most packages of a program are only asked about handlers.
func (s *Syntax) inspect() {
	if s.p.in == nil {
		s.p.in = inspector.New(s.p.pass.Files)
	}
}

// Site is a construction found by Syntax.SiteAt.
type Site struct {
	Constructor
	Pos        token.Pos // the reference to the constructor (sql.Open, redis.Pool in &redis.Pool{})
	Written    string    // the reference as the code writes it: "sql.Open", "redis.Pool{}"
	Call       *ast.CallExpr
	Lit        *ast.CompositeLit // for a pool literal
	Repetition string            // as in repeated-construction messages ("runs on every iteration of the loop at line 12"), or ""
}

// node returns the cursor of the innermost node that starts a call's
// parenthesis, a composite literal's brace or a go statement at pos: the
// positions go/ssa records for calls, allocations and go instructions.
func (s *Syntax) node(pos token.Pos) (inspector.Cursor, bool) {
	if !pos.IsValid() {
		return inspector.Cursor{}, false
	}
	s.inspect()
	file := s.p.fileAt(pos)
	if file == nil {
		return inspector.Cursor{}, false
	}
	fileCur, ok := s.p.in.Root().FindNode(file)
	if !ok {
		return inspector.Cursor{}, false
	}
	return fileCur.FindByPos(pos, pos+1)
}

// SiteAt decides whether the call or composite literal whose parenthesis
// or brace is at pos (ssa.Call.Pos, ssa.Alloc.Pos) constructs a client,
// with the analyzer's argument rules (sql.OpenDB over a pool connector, a
// gorm dialector over an existing Conn ...) and the dialer of a pool
// literal excluded. callee is what a call through a function value calls,
// from a call graph; it is not used when the call names its function.
func (s *Syntax) SiteAt(pos token.Pos, callee *types.Func) (Site, bool) {
	p := s.p
	info := p.pass.TypesInfo
	cur, ok := s.node(pos)
	if !ok {
		return Site{}, false
	}
	file := p.fileAt(pos)
	switch n := cur.Node().(type) {
	case *ast.CallExpr:
		ref, ok := refCursor(cur)
		if !ok {
			return Site{}, false
		}
		if id, isID := ref.Node().(*ast.Ident); isID && id.Name == "new" && len(n.Args) == 1 {
			if _, builtin := info.Uses[id].(*types.Builtin); builtin {
				t := info.TypeOf(n.Args[0])
				if e := p.literalEntry(t); e != nil {
					argRef := cur.ChildAt(edge.CallExpr_Args, 0)
					return Site{Constructor: e.export(), Pos: n.Args[0].Pos(), Written: "new(" + refText(n.Args[0]) + ")", Call: n,
						Repetition: p.repetition(argRef)}, true
				}
			}
			return Site{}, false
		}
		fn, ok := typeutil.Callee(info, n).(*types.Func)
		if !ok {
			fn = callee // a function value: the call graph knows what it calls
		}
		if fn == nil || fn.Pkg() == nil {
			return Site{}, false
		}
		e := p.cfg.catalog[funcKey(fn).pkg][funcKey(fn)]
		if e == nil || e.isLiteral() || !p.constructs(e, n, true) {
			return Site{}, false
		}
		if e.kind == kindConn && insidePoolDialer(info, p.cfg.catalog, ref) {
			return Site{}, false
		}
		written := refText(ref.Node())
		if fn.Signature().Recv() != nil {
			written = methodText(file, fn)
		}
		return Site{Constructor: e.export(), Pos: ref.Node().Pos(), Written: written, Call: n, Repetition: p.repetition(ref)}, true
	case *ast.CompositeLit:
		e := p.literalEntry(info.TypeOf(n))
		if e == nil || n.Type == nil {
			return Site{}, false
		}
		if !e.literalConstructs(info, n) {
			return Site{}, false
		}
		ref := cur.ChildAt(edge.CompositeLit_Type, -1)
		return Site{Constructor: e.export(), Pos: n.Type.Pos(), Written: refText(n.Type) + "{}", Lit: n, Repetition: p.repetition(ref)}, true
	}
	return Site{}, false
}

func (p *checker) literalEntry(t types.Type) *entry {
	if t == nil {
		return nil
	}
	named, ok := types.Unalias(derefType(types.Unalias(t))).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil
	}
	path := named.Obj().Pkg().Path()
	return p.cfg.catalog[path][symbol{pkg: path, name: named.Obj().Name(), lit: true}]
}

// CallRepetition is how the call (or go statement) at pos — the position
// go/ssa records for it — runs again and again within its function, in the
// words of repeated-construction ("runs on every iteration of the loop at
// line 12", "runs on every request to an HTTP handler"), or "" when it
// runs once per call of its function. The loop exceptions of the rule
// apply: one call per item, a retry loop, a result kept in a map.
func (s *Syntax) CallRepetition(pos token.Pos) string {
	cur, ok := s.node(pos)
	if !ok {
		return ""
	}
	if _, isGo := cur.Node().(*ast.GoStmt); isGo {
		cur = cur.ChildAt(edge.GoStmt_Call, -1)
	}
	if _, isCall := cur.Node().(*ast.CallExpr); !isCall {
		return ""
	}
	ref, ok := refCursor(cur)
	if !ok {
		return ""
	}
	return s.p.repetition(ref)
}

// Handler describes the function declared or written at fn (an
// *ast.FuncDecl or *ast.FuncLit) if it serves one request per call — a
// net/http handler or ServeHTTP method, a gin, echo or fiber handler, a
// gRPC service method — as repeated-construction names it ("request to
// Users"), or "".
func (s *Syntax) Handler(fn ast.Node) string {
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		return s.p.handler(fn.Type, fn)
	case *ast.FuncLit:
		return s.p.handler(fn.Type, nil)
	}
	return ""
}

// InLoop reports whether the statement or call at pos (a go statement's
// position in go/ssa) is inside the body of a for or range loop of its own
// function, and returns the loop's line. Unlike CallRepetition it makes no
// exceptions: N goroutines started in a loop are N, whatever their
// arguments.
func (s *Syntax) InLoop(pos token.Pos) (line int, ok bool) {
	cur, found := s.node(pos)
	if !found {
		return 0, false
	}
	for c := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := c.Node().(type) {
		case *ast.ForStmt:
			if inside(n.Body, cur.Node()) {
				return s.p.pass.Fset.Position(n.Pos()).Line, true
			}
		case *ast.RangeStmt:
			if inside(n.Body, cur.Node()) {
				return s.p.pass.Fset.Position(n.Pos()).Line, true
			}
		default:
			return 0, false
		}
	}
	return 0, false
}

// CallStart returns where the call whose parenthesis is at pos (the
// position go/ssa records) starts — "pool" in pool.SetMaxOpenConns(20) —,
// or pos itself when no call has its parenthesis there.
func (s *Syntax) CallStart(pos token.Pos) token.Pos {
	cur, ok := s.node(pos)
	if !ok {
		return pos
	}
	if call, isCall := cur.Node().(*ast.CallExpr); isCall && call.Lparen == pos {
		return call.Pos()
	}
	return pos
}
