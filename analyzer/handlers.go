package analyzer

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/poolcheck/poolcheck/analyzer/internal/knowledge"
)

// This file knows which functions a framework calls once per request,
// message or task: the request scopes of internal/knowledge, recognised by
// the types of their parameters or by the interface their receiver
// implements, never by their name.

// handler describes a function type that serves one request per call, or
// returns "". decl is the declaration when the function is one (methods
// are recognised through their receiver).
func (p *checker) handler(ft *ast.FuncType, decl *ast.FuncDecl) string {
	sig, ok := p.pass.TypesInfo.TypeOf(ft).(*types.Signature)
	if !ok && decl != nil {
		if fn, ok := p.pass.TypesInfo.Defs[decl.Name].(*types.Func); ok {
			sig = fn.Signature()
		}
	}
	if sig == nil {
		return ""
	}
	for i := range knowledge.Scopes {
		if s := &knowledge.Scopes[i]; p.inScope(s, sig, decl) {
			return scoped(decl, s.Serves)
		}
	}
	return ""
}

// inScope reports whether the function with signature sig (declared by
// decl, if it is a declaration) has the shape of scope s.
func (p *checker) inScope(s *knowledge.Scope, sig *types.Signature, decl *ast.FuncDecl) bool {
	params := sig.Params()
	if s.AnyParam != nil {
		for i := range params.Len() {
			if slices.ContainsFunc(s.AnyParam, func(t knowledge.Type) bool { return isType(params.At(i).Type(), t) }) {
				return true
			}
		}
		return false
	}
	n := len(s.Params)
	if params.Len() < n || s.More != knowledge.AnyMore && params.Len() > n+s.More {
		return false
	}
	for i, t := range s.Params {
		if !isType(params.At(i).Type(), t) {
			return false
		}
	}
	if !s.Method {
		return true
	}
	if decl == nil || sig.Recv() == nil {
		return false
	}
	return p.receiverPasses(s.Receiver, sig.Recv().Type(), decl.Name.Name)
}

// isType reports whether t is the type that want names (any, for the zero
// Type).
func isType(t types.Type, want knowledge.Type) bool {
	switch {
	case want == knowledge.Type{}:
		return true
	case want.Pointer:
		return isPtrTo(t, want.Path, want.Name)
	}
	return isNamed(t, want.Path, want.Name)
}

// receiverPasses reports whether a method's receiver passes r.
func (p *checker) receiverPasses(r knowledge.Receiver, recv types.Type, method string) bool {
	switch {
	case slices.Contains(r.Except, method):
		return false
	case r.EmbedsPrefix != "" || r.EmbedsSuffix != "":
		return embedsNamed(recv, r.EmbedsPrefix, r.EmbedsSuffix)
	case r.ImplementsIn != nil:
		return p.implementsImported(recv, method, func(pkg *types.Package) bool { return slices.Contains(r.ImplementsIn, pkg.Path()) })
	case r.ImplementsImporterOf != "":
		return p.implementsImported(recv, method, func(pkg *types.Package) bool { return imports(pkg, r.ImplementsImporterOf) })
	}
	return true
}

// scoped names the request scope h after the declaration, if any:
// "message to a NATS handler" becomes "message to onOrder".
func scoped(decl *ast.FuncDecl, h string) string {
	if decl == nil {
		return h
	}
	if i := strings.Index(h, " to "); i >= 0 {
		return h[:i] + " to " + decl.Name.Name
	}
	return h
}

func imports(pkg *types.Package, path string) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == path {
			return true
		}
	}
	return false
}

// embedsNamed reports whether the struct type t (or *t) embeds a named
// type whose name has the prefix and suffix.
func embedsNamed(t types.Type, prefix, suffix string) bool {
	st, ok := derefType(types.Unalias(t)).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		if n, ok := types.Unalias(derefType(f.Type())).(*types.Named); ok {
			name := n.Obj().Name()
			if strings.HasPrefix(name, prefix) && strings.HasSuffix(name, suffix) {
				return true
			}
		}
	}
	return false
}

// implementsImported reports whether recv (or a pointer to it) implements
// an interface that declares method and belongs to this package or to a
// package it imports directly, of the kind that pick selects: gqlgen's
// generated resolver interfaces (in a package that imports
// gqlgen/graphql), beego's session.Provider. Only the packages pick
// selects are scanned, so other packages pay one walk of their imports.
func (p *checker) implementsImported(recv types.Type, method string, pick func(*types.Package) bool) bool {
	pkgs := append([]*types.Package{p.pass.Pkg}, p.pass.Pkg.Imports()...)
	for _, pkg := range pkgs {
		if !pick(pkg) {
			continue
		}
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || !tn.Exported() && pkg != p.pass.Pkg {
				continue
			}
			iface, ok := tn.Type().Underlying().(*types.Interface)
			if !ok || iface.Empty() {
				continue
			}
			if !declares(iface, method) {
				continue
			}
			if types.Implements(recv, iface) || types.Implements(types.NewPointer(derefType(recv)), iface) {
				return true
			}
		}
	}
	return false
}

func declares(iface *types.Interface, method string) bool {
	for i := 0; i < iface.NumMethods(); i++ {
		if iface.Method(i).Name() == method {
			return true
		}
	}
	return false
}
