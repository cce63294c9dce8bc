package analyzer

import (
	"fmt"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// baseline is a set of accepted finding keys (see loadBaseline).
type baseline struct {
	keys map[string]bool
}

func (b *baseline) has(key string) bool { return b != nil && b.keys[key] }

// loadBaseline reads a baseline file. (Placeholder: the format is defined
// with the -write-baseline command.)
func loadBaseline(path string) (*baseline, error) {
	return nil, fmt.Errorf("-%s %s: baselines are not implemented yet", FlagBaseline, path)
}

// baselineKey is a finding's identity that survives unrelated edits: the
// package, the enclosing function, the category, the subject (constructor
// full name) and the occurrence index among equal prefixes, in position
// order. Line numbers are not part of it.
func (p *checker) baselineKey(d analysis.Diagnostic) string {
	subject := p.subjects[d.Pos]
	if subject == "" {
		subject, _, _ = strings.Cut(d.Message, " ")
	}
	prefix := strings.Join([]string{pkgPath(p.pass.Pkg), p.enclosingFunc(d), d.Category, subject}, " ")
	if p.keyCount == nil {
		p.keyCount = map[string]int{}
	}
	n := p.keyCount[prefix]
	p.keyCount[prefix]++
	return fmt.Sprintf("%s #%d", prefix, n)
}

// enclosingFunc names the top-level declaration that contains d:
// "F", "(T).M", or "var x" / "init" for package-level code.
func (p *checker) enclosingFunc(d analysis.Diagnostic) string {
	for _, f := range p.pass.Files {
		if !(f.FileStart <= d.Pos && d.Pos < f.FileEnd) {
			continue
		}
		for _, decl := range f.Decls {
			if !(decl.Pos() <= d.Pos && d.Pos < decl.End()) {
				continue
			}
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if decl.Recv != nil && len(decl.Recv.List) == 1 {
					return "(" + recvTypeName(decl.Recv.List[0].Type) + ")." + decl.Name.Name
				}
				return decl.Name.Name
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					if vs, ok := spec.(*ast.ValueSpec); ok && vs.Pos() <= d.Pos && d.Pos < vs.End() && len(vs.Names) > 0 {
						return "var " + vs.Names[0].Name
					}
				}
				return decl.Tok.String()
			}
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
