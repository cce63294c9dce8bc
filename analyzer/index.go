package analyzer

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/ast/inspector"
)

// This file locates syntax: the file of a node, and the cursor of an
// identifier that TypesInfo.Uses handed a rule.

// syntaxIndex is the package's inspector and the cursors of its files.
type syntaxIndex struct {
	in    *inspector.Inspector
	files map[*ast.File]inspector.Cursor
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

// cursor locates an identifier in the syntax. FindByPos descends from the
// file into the one child that contains the position at each level,
// skipping every other subtree, and allocates nothing: cheaper than an
// index of the file's identifiers, which cost a walk and an allocation per
// identifier of every file with a finding.
func (p *checker) cursor(id *ast.Ident) (inspector.Cursor, bool) {
	file := p.fileOf(id)
	if file == nil {
		return inspector.Cursor{}, false
	}
	fileCur, ok := p.files[file]
	if !ok {
		if fileCur, ok = p.in.Root().FindNode(file); !ok {
			return inspector.Cursor{}, false
		}
		if p.files == nil {
			p.files = map[*ast.File]inspector.Cursor{}
		}
		p.files[file] = fileCur
	}
	c, ok := fileCur.FindByPos(id.Pos(), id.End())
	if !ok || c.Node() != id {
		return inspector.Cursor{}, false
	}
	return c, true
}
