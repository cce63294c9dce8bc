package analyzer

import (
	"go/ast"
	"go/token"
	"strings"
)

// This file computes a finding's baseline key (format in baseline.go) from
// the subject its rule reported and the declaration that contains it.

// baselineKey is a finding's identity that survives unrelated edits (see
// the file format above), computed from what the rule reported: the
// category, the enclosing declaration and the subject, never from the
// message. flush calls it in position order, which is what the occurrence
// counts.
func (p *checker) baselineKey(category, decl string, s Subject) BaselineKey {
	k := BaselineKey{
		Package:  variantFree(p.pass.Pkg.Path()),
		Decl:     decl,
		Category: category,
		Subject:  keySubject(category, s),
	}
	if p.baselineCount == nil {
		p.baselineCount = map[string]int{}
	}
	prefix := k.prefix()
	p.baselineCount[prefix]++
	k.N = p.baselineCount[prefix]
	return k
}

// variantFree drops the " [p.test]" of a test variant's path: a file of p
// has the same keys in p and in its test variant.
func variantFree(path string) string {
	path, _, _ = strings.Cut(path, " ")
	return path
}

// enclosingDecl names the top-level declaration that contains pos: "F",
// "T.M", the first name of a variable declaration, or "-" outside any.
func (p *checker) enclosingDecl(pos token.Pos) string {
	var f *ast.File
	for _, file := range p.pass.Files {
		if file.FileStart <= pos && pos < file.FileEnd {
			f = file
		}
	}
	if f == nil {
		return "-"
	}
	for _, decl := range f.Decls {
		if !(decl.Pos() <= pos && pos < decl.End()) {
			continue
		}
		switch decl := decl.(type) {
		case *ast.FuncDecl:
			if decl.Recv != nil && len(decl.Recv.List) == 1 {
				return recvTypeName(decl.Recv.List[0].Type) + "." + decl.Name.Name
			}
			return decl.Name.Name
		case *ast.GenDecl:
			for _, spec := range decl.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || !(vs.Pos() <= pos && pos < vs.End()) || len(vs.Names) == 0 {
					continue
				}
				// var a, b = x(), y(): the name the value belongs to.
				if len(vs.Names) == len(vs.Values) {
					for i, v := range vs.Values {
						if v.Pos() <= pos && pos < v.End() {
							return vs.Names[i].Name
						}
					}
				}
				return vs.Names[0].Name
			}
			return decl.Tok.String()
		}
	}
	return "-"
}

func recvTypeName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return "?"
		}
	}
}
