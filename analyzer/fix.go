package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// The fix engine: a construction outside the sanctioned packages is
// rewritten to use a -shared accessor. Every fix it offers is proven:
//
//   - All fixable constructions of one file are planned together (their
//     shared err, DSN locals, imports) into one edit set, and that same
//     edit set is attached to each of their diagnostics. Drivers coalesce
//     identical edits, so applying one, several or all of them gives the
//     same file.
//   - The edit set is applied in memory, the file re-parsed and the package
//     type-checked against the pass's imports (fix_verify.go). A fix that
//     does not compile is not offered; the message says why.
//   - Rewrites never delete an expression with effects other than the
//     construction and its Close, and refuse values that escape to code
//     that could close or tune the shared pool (fix_stage.go, fix_uses.go),
//     or whose inputs may name another database (fix_inputs.go).
//
// The engine's files, in the order a fix goes through them: fix.go (per
// file orchestration, the accessor), fix_inputs.go, fix_stage.go,
// fix_uses.go, fix_plan.go, fix_dead.go, fix_render.go, fix_imports.go,
// fix_verify.go.
//
// Any internal inconsistency (overlapping edits, a panic) drops the fix
// with the reason in the message: the engine cannot crash a run.

// fixRequest is a construction reported outside the sanctioned packages
// that may get a fix to a -shared accessor.
type fixRequest struct {
	diag    int // index in checker.diags
	file    *ast.File
	entry   *entry
	ref     inspector.Cursor
	call    *ast.CallExpr           // nil for literals and function values
	message func(use string) string // the diagnostic's message naming the accessor used
}

// accessor is a resolved -shared entry.
type accessor struct {
	sym  symbol
	pkg  *types.Package
	typ  types.Type // the value's type: the variable's, or the function's result
	call bool       // a function: write Name()
}

// suggestFixes decides the fix of every request, file by file.
func (p *checker) suggestFixes() {
	var files []*ast.File
	byFile := map[*ast.File][]*fixRequest{}
	for i := range p.fixReqs {
		r := &p.fixReqs[i]
		if byFile[r.file] == nil {
			files = append(files, r.file)
		}
		byFile[r.file] = append(byFile[r.file], r)
	}
	uses := &useIndex{}
	for _, f := range files {
		p.fixFile(f, byFile[f], uses)
	}
}

// fixFile plans, verifies and attaches the fixes of one file.
func (p *checker) fixFile(file *ast.File, reqs []*fixRequest, uses *useIndex) {
	decided := map[*fixRequest]bool{}
	noFix := func(r *fixRequest, why string) {
		if !decided[r] {
			decided[r] = true
			p.diags[r.diag].Message += " (no fix: " + why + ")"
		}
	}
	defer func() {
		if err := recover(); err != nil {
			for _, r := range reqs {
				noFix(r, fmt.Sprintf("internal error: %v", err))
			}
		}
	}()
	if ast.IsGenerated(file) {
		for _, r := range reqs {
			noFix(r, "generated file")
		}
		return
	}
	fp, err := newFilePlan(p, file, reqs, uses)
	if err != nil {
		for _, r := range reqs {
			noFix(r, err.Error())
		}
		return
	}
	var ok []*staged
	for _, r := range reqs {
		st, why := fp.stage(r)
		if why != "" {
			noFix(r, why)
			continue
		}
		ok = append(ok, st)
	}
	if len(ok) == 0 {
		return
	}
	// All together first; if that fails, keep those that verify alone and
	// try them together again.
	edits, err := fp.plan(ok)
	if err != nil && len(ok) > 1 {
		var alone []*staged
		for _, st := range ok {
			if _, err1 := fp.plan([]*staged{st}); err1 != nil {
				noFix(st.req, err1.Error())
			} else {
				alone = append(alone, st)
			}
		}
		ok = alone
		if len(ok) > 0 {
			edits, err = fp.plan(ok)
		}
	}
	if err != nil {
		for _, st := range ok {
			noFix(st.req, err.Error())
		}
		return
	}
	if len(ok) == 0 {
		return
	}
	msg := "Use the shared pool " + ok[0].expr
	if len(ok) > 1 {
		msg = fmt.Sprintf("Use the shared pools (rewrites the %d constructions of this file together)", len(ok))
	}
	for _, st := range ok {
		decided[st.req] = true
		d := &p.diags[st.req.diag]
		d.Message = st.req.message(st.expr)
		d.SuggestedFixes = append(d.SuggestedFixes, analysis.SuggestedFix{Message: msg, TextEdits: edits})
	}
}

// visibleImports returns the packages imported by the files of this
// package that a construction in file may rely on: the non-test files for
// a non-test file, every file for a test file. This is decided from the
// syntax alone, so go vet, golangci-lint and poolcheck ./... agree.
func (p *checker) visibleImports(file *ast.File) map[string]*types.Package {
	test := strings.HasSuffix(p.pass.Fset.File(file.Pos()).Name(), "_test.go")
	vis := map[string]*types.Package{}
	for _, f := range p.pass.Files {
		if !test && strings.HasSuffix(p.pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		for _, imp := range f.Imports {
			if pn := p.pass.TypesInfo.PkgNameOf(imp); pn != nil {
				vis[pn.Imported().Path()] = pn.Imported()
			}
		}
	}
	return vis
}

// accessorFor picks the first -shared accessor whose type is identical to
// client among those visible from file. Identity, not assignability:
// x := iface would break later method calls on the concrete type.
func (p *checker) accessorFor(file *ast.File, client types.Type) (*accessor, string) {
	vis := p.visibleImports(file)
	var seen []string
	for _, k := range p.cfg.shared {
		pkg := vis[k.pkg]
		if pkg == nil {
			if !contains(seen, k.pkg) {
				seen = append(seen, k.pkg)
			}
			continue
		}
		var acc *accessor
		switch obj := pkg.Scope().Lookup(k.name).(type) {
		case *types.Var:
			acc = &accessor{sym: k, pkg: pkg, typ: obj.Type()}
		case *types.Func:
			sig := obj.Signature()
			if sig.Params().Len() == 0 && sig.Results().Len() == 1 && sig.TypeParams() == nil {
				acc = &accessor{sym: k, pkg: pkg, typ: sig.Results().At(0).Type(), call: true}
			}
		}
		if acc == nil {
			return nil, fmt.Sprintf("-%s accessor %s.%s is not a package-level variable or a function without parameters that returns one value", FlagShared, k.pkg, k.name)
		}
		if types.Identical(acc.typ, client) {
			return acc, ""
		}
	}
	typ := types.TypeString(client, func(p *types.Package) string { return p.Name() })
	if len(seen) == len(uniquePkgs(p.cfg.shared)) {
		return nil, fmt.Sprintf("this package does not import %s, which holds the -%s accessors", strings.Join(seen, ", "), FlagShared)
	}
	return nil, fmt.Sprintf("no -%s accessor has type %s", FlagShared, typ)
}

func uniquePkgs(keys []symbol) []string {
	var out []string
	for _, k := range keys {
		if !contains(out, k.pkg) {
			out = append(out, k.pkg)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
