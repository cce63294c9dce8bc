package analyzer

// This file computes a fix's import edits by hand: astutil would mutate
// the AST the other fixes of the pass still read, and golangci-lint --fix
// does not clean imports. An existing import of the accessor's package is
// reused; a new one goes in the non-standard-library group.

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// importChoice is how a file refers to an accessor's package.
type importChoice struct {
	name  string          // "db", "db2", or "." for a dot import
	spec  *ast.ImportSpec // the existing import, or nil when one is added
	added bool
	blank *ast.ImportSpec // a blank import of the package that gets the name
}

// importFor decides the name under which file refers to pkg: an existing
// import is reused; otherwise a new one is named after the package, or
// name2, name3 ... when that name is taken at file or package level or
// shadowed at any of the file's constructions.
func (fp *filePlan) importFor(pkg *types.Package) (importChoice, bool) {
	if ch, ok := fp.imports[pkg]; ok {
		return ch, ch.name != ""
	}
	info := fp.p.pass.TypesInfo
	for _, imp := range fp.file.Imports {
		pn := info.PkgNameOf(imp)
		if pn == nil || pn.Imported() != pkg || pn.Name() == "_" {
			continue
		}
		ch := importChoice{name: pn.Name(), spec: imp}
		if imp.Name != nil && imp.Name.Name == "." {
			ch.name = "."
		}
		fp.imports[pkg] = ch
		return ch, true
	}
	var blank *ast.ImportSpec
	for _, imp := range fp.file.Imports {
		if pn := info.PkgNameOf(imp); pn != nil && pn.Imported() == pkg && pn.Name() == "_" {
			blank = imp // _ "example.com/app/db" becomes the named import
		}
	}
	fileScope := info.Scopes[fp.file]
	for i := 1; i <= 9; i++ {
		name := pkg.Name()
		if i > 1 {
			name += strconv.Itoa(i)
		}
		free := fileScope == nil || fileScope.Lookup(name) == nil
		for _, r := range fp.reqs {
			if !free {
				break
			}
			scope := fp.p.pass.Pkg.Scope().Innermost(r.ref.Node().Pos())
			if scope == nil {
				scope = fp.p.pass.Pkg.Scope()
			}
			if _, obj := scope.LookupParent(name, r.ref.Node().Pos()); obj != nil {
				free = false
			}
		}
		if free {
			ch := importChoice{name: name, added: true, blank: blank}
			fp.imports[pkg] = ch
			return ch, true
		}
	}
	fp.imports[pkg] = importChoice{}
	return importChoice{}, false
}

// importEdits deletes the imports the plan leaves unused and adds the
// accessors' packages that the file does not import yet.
func (pl *planState) importEdits(usesAcc map[*types.Package]bool) []analysis.TextEdit {
	fp := pl.fp
	info := fp.p.pass.TypesInfo
	removed := pl.removed()
	for n := range pl.repls {
		removed = append(removed, n)
	}
	var edits []analysis.TextEdit
	deletedSpec := map[*ast.ImportSpec]bool{}
	for _, imp := range fp.file.Imports {
		pn := info.PkgNameOf(imp)
		if pn == nil || imp.Name != nil && (imp.Name.Name == "_" || imp.Name.Name == ".") {
			continue
		}
		if usesAcc[pn.Imported()] && !fp.imports[pn.Imported()].added {
			continue // the accessor is written with this import
		}
		used := false
		for _, id := range fp.usesOf(pn) {
			if fp.p.fileOf(id) == fp.file && !within(removed, id) {
				used = true
				break
			}
		}
		if !used {
			deletedSpec[imp] = true
		}
	}
	// Delete specs, or whole declarations that lose every spec.
	var decls []*ast.GenDecl
	for _, d := range fp.file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decls = append(decls, g)
		}
	}
	survives := map[*ast.GenDecl]bool{}
	for _, g := range decls {
		all := true
		for _, s := range g.Specs {
			all = all && deletedSpec[s.(*ast.ImportSpec)]
		}
		if all && len(g.Specs) > 0 {
			pos, end := fp.deletionRange(g)
			edits = append(edits, analysis.TextEdit{Pos: pos, End: end})
			continue
		}
		survives[g] = true
		for _, s := range g.Specs {
			if deletedSpec[s.(*ast.ImportSpec)] {
				pos, end := fp.deletionRange(s)
				edits = append(edits, analysis.TextEdit{Pos: pos, End: end})
			}
		}
	}
	for pkg, ch := range fp.imports {
		if !ch.added || !usesAcc[pkg] {
			continue
		}
		if ch.blank != nil {
			text := ""
			if ch.name != pkg.Name() {
				text = ch.name + " "
			}
			edits = append(edits, analysis.TextEdit{Pos: ch.blank.Name.Pos(), End: ch.blank.Path.Pos(), NewText: []byte(text)})
			continue
		}
		spec := strconv.Quote(pkg.Path())
		if ch.name != pkg.Name() {
			spec = ch.name + " " + spec
		}
		edits = append(edits, fp.addImport(decls, survives, deletedSpec, spec))
	}
	return edits
}

// addImport inserts spec: into the non-standard-library group of the last
// parenthesised import declaration, or as a new group there, or as a new
// declaration after the imports or the package clause.
func (fp *filePlan) addImport(decls []*ast.GenDecl, survives map[*ast.GenDecl]bool, deleted map[*ast.ImportSpec]bool, spec string) analysis.TextEdit {
	var last *ast.GenDecl
	for _, g := range decls {
		if survives[g] && g.Lparen.IsValid() {
			last = g
		}
	}
	if last != nil {
		var anchor ast.Node
		for _, s := range last.Specs {
			is := s.(*ast.ImportSpec)
			path, _ := strconv.Unquote(is.Path.Value)
			if !deleted[is] && strings.Contains(strings.Split(path, "/")[0], ".") {
				anchor = is
			}
		}
		if anchor != nil {
			return fp.insertAfterLine(anchor, "\t"+spec+"\n")
		}
		pos := fp.lineStart(fp.tf.Line(last.Rparen))
		return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte("\n\t" + spec + "\n")}
	}
	for i := len(decls) - 1; i >= 0; i-- {
		if survives[decls[i]] {
			return fp.insertAfterLine(decls[i], "import "+spec+"\n")
		}
	}
	return fp.insertAfterLine(fp.file.Name, "\nimport "+spec+"\n")
}

// insertAfterLine inserts text at the start of the line after n's last line.
func (fp *filePlan) insertAfterLine(n ast.Node, text string) analysis.TextEdit {
	line := fp.tf.Line(n.End())
	if line >= fp.tf.LineCount() {
		end := fp.tf.Pos(fp.tf.Size())
		if fp.tf.Size() > 0 && fp.src[fp.tf.Size()-1] != '\n' {
			text = "\n" + text
		}
		return analysis.TextEdit{Pos: end, End: end, NewText: []byte(text)}
	}
	pos := fp.lineStart(line + 1)
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}

func (fp *filePlan) lineStart(line int) token.Pos {
	return fp.tf.LineStart(line)
}
