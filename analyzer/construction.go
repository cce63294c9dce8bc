package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
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
func (p *checker) scan() {
	var hits []hit
	var closes []*ast.Ident
	sanctionedPkg := map[*types.Package]bool{}
	isSanctioned := func(pkg *types.Package) bool {
		s, ok := sanctionedPkg[pkg]
		if !ok {
			s = len(p.cfg.allow) > 0 && p.cfg.sanctioned(pkgPath(pkg))
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
			if tbl := p.cfg.catalog[path]; tbl != nil {
				if e := tbl[funcKey(obj)]; e != nil {
					hits = append(hits, hit{id: id, e: e})
					continue
				}
			}
			if p.cfg.isShared(path, obj) {
				closes = append(closes, id)
				continue
			}
			if p.cfg.wrappers && obj.Pkg() != p.pass.Pkg {
				var f wrapperFact
				if p.pass.ImportObjectFact(obj.Origin(), &f) {
					hits = append(hits, hit{id: id, e: f.entry(obj), wrapper: &f, sanctioned: isSanctioned(obj.Pkg())})
					continue
				}
			}
			// This package's own functions are followed by calls.go.
			if obj.Pkg() != p.pass.Pkg && isSanctioned(obj.Pkg()) && isClientConstructor(obj) {
				hits = append(hits, hit{id: id, e: &entry{name: obj.FullName(), kind: kindPool}, sanctioned: true})
			}
		case *types.Var:
			if p.cfg.isShared(path, obj) {
				closes = append(closes, id)
			}
		case *types.TypeName:
			if obj.IsAlias() { // type P = redis.Pool; &P{...}
				named, ok := types.Unalias(obj.Type()).(*types.Named)
				if !ok || named.Obj().Pkg() == nil {
					continue
				}
				obj, path = named.Obj(), named.Obj().Pkg().Path()
			}
			if tbl := p.cfg.catalog[path]; tbl != nil {
				if e := tbl[symbol{pkg: path, name: obj.Name(), lit: true}]; e != nil {
					hits = append(hits, hit{id: id, e: e})
				}
			}
		}
	}
	if p.cfg.wrappers {
		hits = p.findWrappers(hits)
	}
	var found []construction
	for _, h := range hits {
		if ref, call, ok := p.construction(h); ok {
			c := construction{h, ref, call}
			p.check(c)
			found = append(found, c)
		}
	}
	p.followCalls(hits, found) // calls.go: helpers that construct, called per request
	if !p.inSanctioned {
		for _, id := range closes {
			p.checkSharedClose(id)
		}
	}
}

// funcKey is the catalog key of a function or method; instances of generic
// functions and methods of instantiated types map to their origin.
func funcKey(fn *types.Func) symbol {
	fn = fn.Origin()
	k := symbol{pkg: fn.Pkg().Path(), name: fn.Name()}
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

// construction is a reference that constructs a client: the hit, its
// reference (the call's Fun, the literal's type or the function value) and
// the call, nil for a literal or a function value.
type construction struct {
	hit
	ref  inspector.Cursor
	call *ast.CallExpr
}

// check reports one construction.
func (p *checker) check(c construction) {
	h, ref, call := c.hit, c.ref, c.call
	name := p.writtenName(h, ref)
	rep := p.repetition(ref)
	owned := p.owns(h)
	if owned && rep == "" {
		return
	}
	via := ""
	if h.wrapper != nil {
		via = h.wrapper.Via
	}
	msg := p.message(name, h.e, "", rep, owned, via)
	category := CategoryConstruction
	if rep != "" {
		category = CategoryRepeated
	}
	n := ref.Node()
	d := analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: category, Message: msg}
	if len(p.cfg.shared) > 0 && !owned {
		// The fix engine (fix.go) decides per file, after the scan, so that
		// all fixes of a file are computed and verified together.
		p.fixReqs = append(p.fixReqs, fixRequest{diag: len(p.diags), file: p.fileOf(h.id), entry: h.e, ref: ref, call: call,
			message: func(use string) string { return p.message(name, h.e, use, rep, owned, via) }})
	}
	p.reportConstruction(d, Subject{Name: h.e.name, Written: name}, ref, rep)
}

// owns reports whether the construction of h belongs to a sanctioned
// package: it is in one, or calls one's own constructor. There only a
// construction that runs again and again is wrong.
func (p *checker) owns(h hit) bool { return p.inSanctioned || h.sanctioned }

// construction decides whether the reference of h constructs a client,
// with -allow-tests, the argument rules and the dialers of pool literals.
// call is the call, nil for a literal or a function value.
func (p *checker) construction(h hit) (ref inspector.Cursor, call *ast.CallExpr, ok bool) {
	if p.cfg.allowTests && p.inTestFile(h.id.Pos()) {
		return ref, nil, false
	}
	if ref, ok = p.refOf(h.id); !ok {
		return ref, nil, false
	}
	if h.e.isLiteral() {
		return ref, nil, isLiteralConstruction(ref) && h.e.literalConstructs(p.pass.TypesInfo, literalOf(ref))
	}
	call, isCall := callOf(ref)
	if !p.constructs(h.e, call, isCall) {
		return ref, nil, false
	}
	if h.e.kind == kindConn && insidePoolDialer(p.pass.TypesInfo, p.cfg.catalog, ref) {
		return ref, nil, false // the dialer of a pool literal is part of that pool
	}
	return ref, call, true
}
