package analyzer

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// This file is the proof of a fix: its edits are normalised and checked for
// order, overlap and file bounds, then applied in memory, and the edited
// file is type-checked with the rest of the package.

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

// normalize sorts the edits, folds edits inside deletions into them, and
// refuses overlaps or edits outside the file: the driver must never see
// an invalid fix.
func (fp *filePlan) normalize(edits []analysis.TextEdit) ([]analysis.TextEdit, error) {
	sortEdits(edits)
	var dels []analysis.TextEdit
	for _, e := range edits {
		if len(e.NewText) == 0 && e.End > e.Pos {
			dels = append(dels, e)
		}
	}
	var out []analysis.TextEdit
	for _, e := range edits {
		if e.Pos < fp.file.FileStart || e.End > fp.file.FileEnd || e.End < e.Pos {
			return nil, fmt.Errorf("internal error: edit outside the file")
		}
		inside := false
		for _, d := range dels {
			if d.Pos == e.Pos && d.End == e.End && len(e.NewText) == 0 {
				continue
			}
			if d.Pos <= e.Pos && e.End <= d.End && (e.Pos != e.End || d.Pos < e.Pos && e.Pos < d.End) {
				if e.Pos == e.End {
					e.Pos, e.End = d.End, d.End // an insertion moves past the deletion
					continue
				}
				inside = true
			}
		}
		if !inside {
			out = append(out, e)
		}
	}
	sortEdits(out)
	var dedup []analysis.TextEdit
	for i, e := range out {
		if i > 0 {
			prev := dedup[len(dedup)-1]
			if prev.Pos == e.Pos && prev.End == e.End && string(prev.NewText) == string(e.NewText) {
				continue
			}
			if prev.End > e.Pos {
				return nil, fmt.Errorf("internal error: overlapping edits at %s", fp.p.pass.Fset.Position(e.Pos))
			}
		}
		dedup = append(dedup, e)
	}
	return dedup, nil
}

// sortEdits orders edits by position, then end (insertions first).
func sortEdits(edits []analysis.TextEdit) {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].Pos != edits[j].Pos {
			return edits[i].Pos < edits[j].Pos
		}
		return edits[i].End < edits[j].End
	})
}
