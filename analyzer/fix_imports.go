package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// This file holds a fix's import edits, computed by hand: astutil would
// mutate the AST, and golangci-lint --fix does not clean imports.

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
