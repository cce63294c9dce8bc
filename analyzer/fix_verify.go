package analyzer

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// This file holds a fix's import edits, computed by hand (astutil would
// mutate the AST, and golangci-lint --fix does not clean imports), and the
// proof: the edited file is type-checked with the rest of the package.

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

// verify applies the edits in memory and type-checks the package with the
// edited file against the pass's own imports. Every error, "declared and
// not used" and unused imports included, refuses the fix.
func (fp *filePlan) verify(edits []analysis.TextEdit) error {
	pass := fp.p.pass
	var buf bytes.Buffer
	last := 0
	for _, e := range edits {
		start, end := fp.tf.Offset(e.Pos), fp.tf.Offset(e.End)
		if start < last || end < start || end > len(fp.src) {
			return fmt.Errorf("internal error: edits out of order")
		}
		buf.Write(fp.src[last:start])
		buf.Write(e.NewText)
		last = end
	}
	buf.Write(fp.src[last:])

	fset := token.NewFileSet()
	var others []*token.File
	for _, f := range pass.Files {
		if f != fp.file {
			others = append(others, pass.Fset.File(f.Pos()))
		}
	}
	fset.AddExistingFiles(others...)
	edited, err := parser.ParseFile(fset, fp.tf.Name(), buf.Bytes(), parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return fmt.Errorf("the rewrite would not parse: %v", firstLine(err))
	}
	files := make([]*ast.File, 0, len(pass.Files))
	for _, f := range pass.Files {
		if f == fp.file {
			f = edited
		}
		files = append(files, f)
	}
	imports := map[string]*types.Package{"unsafe": types.Unsafe}
	for _, imp := range pass.Pkg.Imports() {
		imports[imp.Path()] = imp
	}
	var first error
	conf := types.Config{
		GoVersion: pass.Pkg.GoVersion(),
		Sizes:     pass.TypesSizes,
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if pkg := imports[path]; pkg != nil {
				return pkg, nil
			}
			return nil, fmt.Errorf("%s is not imported by the package", path)
		}),
		Error: func(err error) {
			if first == nil {
				first = err
			}
		},
	}
	conf.Check(pass.Pkg.Path(), fset, files, nil)
	if first != nil {
		var terr types.Error
		if errors.As(first, &terr) {
			return fmt.Errorf("the rewrite would not compile: %s", terr.Msg)
		}
		return fmt.Errorf("the rewrite would not compile: %v", firstLine(first))
	}
	return nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}
