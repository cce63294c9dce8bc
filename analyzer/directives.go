package analyzer

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignorePrefix starts a suppression comment: //poolcheck:ignore <reason>.
const ignorePrefix = "//poolcheck:ignore"

// directive is one //poolcheck:ignore comment. It suppresses the findings
// on its own line (a trailing comment) or, if there are none, on the next
// line (a comment above the construction).
type directive struct {
	pos    token.Pos
	reason string
	used   bool
	inline bool // suppressed a finding on its own line: it is a trailing comment
}

type lineKey struct {
	file string
	line int
}

type directives struct {
	byLine map[lineKey]*directive
	all    []*directive
}

// collectDirectives scans the comments of the package once. Only comments
// that start with "//poolcheck:" are looked at closely.
func collectDirectives(pass *analysis.Pass) *directives {
	ds := &directives{}
	for _, f := range pass.Files {
		for _, g := range f.Comments {
			for _, c := range g.List {
				rest, ok := strings.CutPrefix(c.Text, ignorePrefix)
				if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue
				}
				// A nested "//" starts another comment, not the reason.
				reason, _, _ := strings.Cut(rest, "//")
				d := &directive{pos: c.Slash, reason: strings.TrimSpace(reason)}
				if ds.byLine == nil {
					ds.byLine = map[lineKey]*directive{}
				}
				posn := pass.Fset.Position(c.Slash)
				ds.byLine[lineKey{posn.Filename, posn.Line}] = d
				ds.all = append(ds.all, d)
			}
		}
	}
	return ds
}

// suppress reports whether a finding at pos is covered by a directive with
// a reason, and marks that directive used.
func (ds *directives) suppress(fset *token.FileSet, pos token.Pos) bool {
	if ds.byLine == nil {
		return false
	}
	posn := fset.Position(pos)
	for _, line := range []int{posn.Line, posn.Line - 1} {
		d := ds.byLine[lineKey{posn.Filename, line}]
		if d == nil || d.reason == "" {
			continue
		}
		// Findings arrive in position order, so a trailing directive has
		// claimed its own line before the next line is considered.
		if line == posn.Line-1 && d.inline {
			continue
		}
		d.used = true
		d.inline = d.inline || line == posn.Line
		return true
	}
	return false
}

// reportUnused reports directives without a reason and directives that
// suppressed nothing, so that suppressions do not outlive their cause.
func (ds *directives) reportUnused(pass *analysis.Pass) {
	for _, d := range ds.all {
		switch {
		case d.reason == "":
			pass.Report(analysis.Diagnostic{
				Pos:      d.pos,
				End:      d.pos + token.Pos(len(ignorePrefix)),
				Category: CategoryDirective,
				URL:      categoryURL(CategoryDirective),
				Message:  "poolcheck:ignore directive needs a reason: write //poolcheck:ignore <why this construction is allowed>",
			})
		case !d.used:
			pass.Report(analysis.Diagnostic{
				Pos:      d.pos,
				End:      d.pos + token.Pos(len(ignorePrefix)),
				Category: CategoryStale,
				URL:      categoryURL(CategoryStale),
				Message:  "poolcheck:ignore directive suppresses nothing: remove it",
			})
		}
	}
}
