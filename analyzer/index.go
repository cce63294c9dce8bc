package analyzer

import (
	"go/ast"
	"go/token"
	"sort"

	"golang.org/x/tools/go/ast/inspector"
)

// This file locates syntax: the file of a node, and the cursor of an
// identifier that TypesInfo.Uses handed a rule.

// syntaxIndex is the package's inspector and the identifier indexes built
// from it on demand.
type syntaxIndex struct {
	in     *inspector.Inspector
	idents map[*ast.File]identIndex
}

// fileOf returns the syntax tree that contains n.
func (p *checker) fileOf(n ast.Node) *ast.File { return p.fileAt(n.Pos()) }

// fileAt returns the syntax tree that contains pos.
func (p *checker) fileAt(pos token.Pos) *ast.File {
	for _, f := range p.pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			return f
		}
	}
	return nil
}

// identIndex lists a file's identifiers in position order.
type identIndex []struct {
	pos token.Pos
	cur inspector.Cursor
}

// cursor locates an identifier in the syntax. The first request in a file
// indexes that file's identifiers with one walk; later requests are binary
// searches, so a file with many findings costs one walk, not one per
// finding. Files without findings are never walked.
func (p *checker) cursor(id *ast.Ident) (inspector.Cursor, bool) {
	file := p.fileOf(id)
	if file == nil {
		return inspector.Cursor{}, false
	}
	idx, ok := p.idents[file]
	if !ok {
		fileCur, ok := p.in.Root().FindNode(file)
		if !ok {
			return inspector.Cursor{}, false
		}
		for c := range fileCur.Preorder((*ast.Ident)(nil)) {
			idx = append(idx, struct {
				pos token.Pos
				cur inspector.Cursor
			}{c.Node().Pos(), c})
		}
		if p.idents == nil {
			p.idents = map[*ast.File]identIndex{}
		}
		p.idents[file] = idx
	}
	i := sort.Search(len(idx), func(i int) bool { return idx[i].pos >= id.Pos() })
	for ; i < len(idx) && idx[i].pos == id.Pos(); i++ {
		if idx[i].cur.Node() == id {
			return idx[i].cur, true
		}
	}
	return inspector.Cursor{}, false
}
