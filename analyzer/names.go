package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// How findings name what the code wrote: constructors as the file writes
// them (aliased and dot imports included), methods, catalog names.

// refText renders a function or type reference as the file wrote it:
// "sql.Open", "stdsql.Open" (aliased import) or "Open" (dot import).
func refText(n ast.Node) string {
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

// shortName turns a full name into the package-qualified short form used in
// messages: "database/sql.Open" → "sql.Open",
// "(*github.com/gocql/gocql.ClusterConfig).CreateSession" →
// "gocql.ClusterConfig.CreateSession".
func shortName(full string) string {
	k, err := parseName(full)
	if err != nil {
		return full
	}
	pkg := k.pkg
	if i := strings.LastIndexByte(pkg, '/'); i >= 0 {
		pkg = pkg[i+1:]
	}
	if k.recv != "" {
		return pkg + "." + k.recv + "." + k.name
	}
	return pkg + "." + k.name
}

// writtenName names the constructor of h as the file writes it, as check
// does: "sql.Open", "(*couchbase.Pool).GetBucket", "redis.Pool{}".
func (p *checker) writtenName(h hit, ref inspector.Cursor) string {
	file := p.fileOf(h.id)
	if file == nil {
		return shortName(h.e.name)
	}
	if h.e.isLiteral() {
		return refText(ref.Node()) + "{}"
	}
	if fn, ok := p.pass.TypesInfo.Uses[h.id].(*types.Func); ok && fn.Signature().Recv() != nil {
		return methodText(file, fn)
	}
	return refText(ref.Node())
}
