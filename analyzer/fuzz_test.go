package analyzer_test

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
	"github.com/poolcheck/poolcheck/internal/textedit"
	"golang.org/x/tools/go/analysis"
)

// FuzzAnalyzer runs poolcheck on arbitrary single-file packages and checks
// that it never panics and that every diagnostic, related position and
// suggested edit lies inside the file. Inputs that do not parse or
// type-check are skipped. Imports resolve to the standard library and to
// the packages under testdata/src (stubs of pgx, go-redis, gorm ..., and
// the sanctioned packages fuzzshared/db and fixes/db), so mutations of the
// scenarios stay type-correct often enough to reach the matching code.
//
// Seeds are the .go files of the scenario packages of testdata/src (the
// stubs excluded), among them the rewrite situations of
// testdata/src/fuzzshared, and the regression inputs under testdata/fuzz.
// Every input runs three analyzers, all with -max-conns: one with no
// sanctioned package (constructions are reported), one that sanctions the
// input's own package (the sanctioned-package checks run), and one with
// -shared accessors, whose fixes are applied and proven (checkFixes).
//
//	go test -run='^$' -fuzz=FuzzAnalyzer -fuzztime=5m ./analyzer/
//
// A fixed file that does not type-check fails the input. With
// POOLCHECK_FUZZ_COLLECT=dir such failures are written to dir instead, one
// file per kind of error, and fuzzing goes on: a long run then lists the
// distinct bugs rather than stopping at the first. With
// POOLCHECK_FUZZ_STATS=dir each fuzzing process keeps in dir/<pid> the
// number of inputs that type-checked, that got fixes, and of results that
// were type-checked: most mutations of Go source do not parse.
func FuzzAnalyzer(f *testing.F) {
	seeds := 0
	src := filepath.Join("testdata", "src")
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() && rel != "." && (strings.Contains(strings.Split(rel, "/")[0], ".") || rel == "fuzzshared/db") {
			return filepath.SkipDir // a stub: github.com/..., gorm.io/..., the sanctioned fuzzshared/db
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			f.Add(data, strings.HasSuffix(path, "_test.go"))
			seeds++
		}
		return nil
	})
	if err != nil || seeds == 0 {
		f.Fatalf("no seeds from testdata/src: %v", err)
	}
	shared, err := sharedConfig()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte, isTest bool) {
		name := "fuzz.go"
		if isTest {
			name = "fuzz_test.go"
		}
		stats.count(&stats.inputs)
		fset, file, pkg, info, ok := typeCheck(name, src)
		if !ok {
			t.Skip("does not type-check")
		}
		stats.count(&stats.typed)
		for _, cfg := range []analyzer.Config{
			{MaxConns: 5},
			{MaxConns: 5, Allow: []string{pkg.Path()}, AllowTests: isTest},
		} {
			a, err := analyzer.NewAnalyzer(cfg)
			if err != nil {
				t.Fatal(err)
			}
			diags := runAnalyzer(t, a, fset, []*ast.File{file}, pkg, info, map[string][]byte{name: src})
			checkPositions(t, fset, file, diags)
		}
		checkFixes(t, shared, name, src)
	})
}

// checkPositions checks that every diagnostic, related position and edit
// of diags lies inside file.
func checkPositions(t *testing.T, fset *token.FileSet, file *ast.File, diags []analysis.Diagnostic) {
	t.Helper()
	tf := fset.File(file.FileStart)
	inFile := func(what string, pos, end token.Pos) {
		t.Helper()
		if !pos.IsValid() || fset.File(pos) != tf {
			t.Errorf("%s: Pos %d is not in %s (base %d, size %d)", what, pos, tf.Name(), tf.Base(), tf.Size())
			return
		}
		if end.IsValid() && (end < pos || end > token.Pos(tf.Base()+tf.Size())) {
			t.Errorf("%s: End %d is outside [%d, %d] (Pos %s)", what, end, pos, tf.Base()+tf.Size(), fset.Position(pos))
		}
	}
	for _, d := range diags {
		inFile("diagnostic "+d.Message, d.Pos, d.End)
		for _, r := range d.Related {
			inFile("related "+r.Message, r.Pos, r.End)
		}
		for _, fix := range d.SuggestedFixes {
			for _, e := range fix.TextEdits {
				inFile("edit of "+fix.Message, e.Pos, e.End)
			}
		}
	}
}

// The -shared configuration of the fuzz target sanctions fuzzshared/db and
// fixes/db, and every exported package-level variable and function without
// parameters of theirs is an accessor, fuzzshared/db's first.
var sharedStubs = []string{"fuzzshared/db", "fixes/db"}

func sharedConfig() (analyzer.Config, error) {
	cfg := analyzer.Config{MaxConns: 5, Allow: sharedStubs}
	for _, path := range sharedStubs {
		pkg, err := fuzzImporter().Import(path)
		if err != nil {
			if path == sharedStubs[0] {
				return cfg, err
			}
			continue // fixes/db belongs to the golden tests; it may be mid-edit
		}
		for _, name := range pkg.Scope().Names() {
			switch obj := pkg.Scope().Lookup(name).(type) {
			case *types.Var:
				if obj.Exported() {
					cfg.Shared = append(cfg.Shared, path+"."+name)
				}
			case *types.Func:
				if sig := obj.Signature(); obj.Exported() && sig.Params().Len() == 0 && sig.Results().Len() == 1 {
					cfg.Shared = append(cfg.Shared, path+"."+name)
				}
			}
		}
	}
	return cfg, nil
}

// companion is the second file of the package under the -shared
// configuration (like testdata/src/fuzzshared/*/shared.go): through it the
// package imports the accessors' package, so that the input gets fixes
// whether or not it imports fuzzshared/db itself (then a fix adds the
// import). The name is one that inputs do not use.
func companion(pkgName string) []byte {
	return []byte("package " + pkgName + "\n\nimport fuzzshareddb \"fuzzshared/db\"\n\nvar _ = fuzzshareddb.Pool\n")
}

// checkFixes runs the -shared analyzer on src and its companion file and
// applies the fixes offered, as the drivers do, and checks what the fix
// engine promises (issue 11):
//
//   - the edits of each fix are in the diagnostic's file, ordered and
//     non-overlapping (what the drivers' validation requires);
//   - the fixes of all diagnostics merge without conflict both the way
//     go/analysis drivers merge them (a three-way merge that coalesces
//     identical edits, fix by fix) and the way golangci-lint does (all
//     edits sorted, exact duplicates dropped), to the same file;
//   - the merged result, and each fix applied alone, parses and
//     type-checks with the rest of the package.
func checkFixes(t *testing.T, cfg analyzer.Config, name string, src []byte) {
	t.Helper()
	f0, err := parser.ParseFile(token.NewFileSet(), name, src, parser.PackageClauseOnly)
	if err != nil {
		return
	}
	comp := companion(f0.Name.Name)
	srcs := map[string][]byte{name: src, "shared.go": comp}
	fset, files, pkg, info, ok := typeCheckFiles(srcs, name)
	if !ok {
		return // the companion does not fit this input
	}
	a, err := analyzer.NewAnalyzer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	diags := runAnalyzer(t, a, fset, files, pkg, info, srcs)
	checkPositions(t, fset, files[0], diags)
	if t.Failed() {
		return
	}
	tf := fset.File(files[0].FileStart)
	var all []fixEdits  // the first fix of each diagnostic, as go/analysis drivers apply
	var flat []textEdit // every edit of every fix, as golangci-lint applies
	for _, d := range diags {
		seen := map[string]bool{}
		for i, fix := range d.SuggestedFixes {
			if seen[fix.Message] {
				t.Errorf("%s: two fixes with the message %q", fset.Position(d.Pos), fix.Message)
			}
			seen[fix.Message] = true
			edits, err := toEdits(tf, fix.TextEdits)
			if err != nil {
				t.Errorf("%s: fix %q: %v", fset.Position(d.Pos), fix.Message, err)
				continue
			}
			flat = append(flat, edits...)
			if i == 0 {
				all = append(all, fixEdits{fset.Position(d.Pos).String() + " " + fix.Message, edits})
			}
		}
	}
	if len(all) == 0 || t.Failed() {
		return
	}
	stats.count(&stats.fixed)
	var merged []textEdit
	for _, fx := range all {
		m, ok := textedit.Merge(merged, fx.edits)
		if !ok {
			t.Errorf("the fix of %s conflicts with those before it (drivers would drop it):\n%s\nsource:\n%s", fx.what, describeEdits(src, fx.edits), src)
			return
		}
		merged = m
	}
	fixed := textedit.Apply(src, merged)
	flatEdits, bad := golangciEdits(flat)
	if bad >= 0 {
		t.Errorf("golangci-lint would reject poolcheck's edits as conflicting: %s and %s\nsource:\n%s",
			describeEdits(src, flatEdits[bad-1:bad]), describeEdits(src, flatEdits[bad:bad+1]), src)
		return
	}
	if g := textedit.Apply(src, flatEdits); !bytes.Equal(g, fixed) {
		t.Errorf("golangci-lint's application of the fixes differs from go/analysis's:\n%s\nwant:\n%s", g, fixed)
	}
	results := map[string]string{string(fixed): "all fixes merged"}
	for _, fx := range all {
		if out := string(textedit.Apply(src, fx.edits)); results[out] == "" {
			results[out] = "the fix of " + fx.what + " alone"
		}
	}
	for out, what := range results {
		stats.count(&stats.results)
		if errs := fixedErrors(name, []byte(out), comp); len(errs) > 0 {
			fixFailure(t, what, src, []byte(out), errs)
		}
	}
}

// stats counts what the inputs of this process reached (POOLCHECK_FUZZ_STATS).
var stats fuzzStats

type fuzzStats struct {
	inputs, typed, fixed, results int
}

// count increments *n, a field of s, and every 100 writes s out.
func (s *fuzzStats) count(n *int) {
	*n++
	dir := os.Getenv("POOLCHECK_FUZZ_STATS")
	if dir == "" || *n%100 != 0 {
		return
	}
	line := fmt.Sprintf("inputs %d typed %d fixed %d results %d\n", s.inputs, s.typed, s.fixed, s.results)
	_ = os.MkdirAll(dir, 0o777)
	_ = os.WriteFile(filepath.Join(dir, strconv.Itoa(os.Getpid())), []byte(line), 0o666)
}

type fixEdits struct {
	what  string
	edits []textEdit
}

// textEdit is a text edit in byte offsets, like the drivers' diff.Edit.
type textEdit = textedit.Edit

// toEdits converts the edits of one fix to offsets, as the drivers
// validate them: stably sorted by position, in file tf, non-overlapping.
func toEdits(tf *token.File, tes []analysis.TextEdit) ([]textEdit, error) {
	var out []textEdit
	for _, te := range tes {
		end := te.End
		if !end.IsValid() {
			end = te.Pos
		}
		base, size := tf.Base(), tf.Size()
		if int(te.Pos) < base || int(end) > base+size || end < te.Pos {
			return nil, fmt.Errorf("edit [%d, %d) is not inside the file [%d, %d]", te.Pos, end, base, base+size)
		}
		out = append(out, textEdit{Start: int(te.Pos) - base, End: int(end) - base, New: string(te.NewText)})
	}
	slices.SortStableFunc(out, func(x, y textEdit) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
	})
	for i := 1; i < len(out); i++ {
		if out[i].Start < out[i-1].End {
			return nil, fmt.Errorf("overlapping edits %+v and %+v", out[i-1], out[i])
		}
	}
	return out, nil
}

// golangciEdits is golangci-lint v2.15.0's pkg/result/processors/fixer.go
// validateEdits: every edit of every fix of the linter in one list, sorted
// by (Start, End) stably, adjacent exact duplicates dropped; bad is the
// index of an edit that overlaps its predecessor, or -1.
func golangciEdits(edits []textEdit) (unique []textEdit, bad int) {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(x, y textEdit) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
	})
	bad = -1
	for i, e := range edits {
		if i > 0 && e == edits[i-1] {
			continue
		}
		if i > 0 && edits[i-1].End > e.Start {
			bad = len(unique)
		}
		unique = append(unique, e)
	}
	return unique, bad
}

func describeEdits(src []byte, edits []textEdit) string {
	var b strings.Builder
	for _, e := range edits {
		fmt.Fprintf(&b, "\t[%d,%d) %q -> %q\n", e.Start, e.End, src[e.Start:e.End], e.New)
	}
	return b.String()
}

// fixedErrors parses and type-checks a fixed input with its companion and
// returns the errors, or nil. A panic of go/types is not poolcheck's.
func fixedErrors(name string, fixed, comp []byte) (errs []error) {
	imp := fuzzImporter()
	fset := imp.fset
	file, err := parser.ParseFile(fset, name, fixed, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return []error{fmt.Errorf("does not parse: %v", err)}
	}
	cf, err := parser.ParseFile(fset, "shared.go", comp, parser.SkipObjectResolution)
	if err != nil {
		return []error{fmt.Errorf("companion: %v", err)}
	}
	defer func() {
		if recover() != nil {
			errs = nil
		}
	}()
	conf := types.Config{Importer: imp, GoVersion: "go1.26", Error: func(err error) { errs = append(errs, err) }}
	conf.Check("fuzz/"+file.Name.Name, fset, []*ast.File{file, cf}, newInfo())
	return errs
}

// fixFailure reports a fixed file that does not compile: a test failure,
// or with POOLCHECK_FUZZ_COLLECT=dir a file in dir, one per kind of first
// error (positions and identifiers left out).
func fixFailure(t *testing.T, what string, src, fixed []byte, errs []error) {
	t.Helper()
	var msgs []string
	for _, e := range errs[:min(len(errs), 5)] {
		msgs = append(msgs, e.Error())
	}
	report := fmt.Sprintf("%s does not compile:\n\t%s\n--- input:\n%s\n--- fixed:\n%s", what, strings.Join(msgs, "\n\t"), src, fixed)
	dir := os.Getenv("POOLCHECK_FUZZ_COLLECT")
	if dir == "" {
		t.Error(report)
		return
	}
	msg := errs[0].Error()
	if i := strings.Index(msg, ": "); i >= 0 {
		msg = msg[i+2:] // drop the position
	}
	kind := regexp.MustCompile(`\w+`).ReplaceAllStringFunc(msg, func(w string) string {
		if strings.ToLower(w) == w && len(w) > 2 {
			return w
		}
		return "X"
	})
	sum := sha256.Sum256([]byte(kind))
	path := filepath.Join(dir, fmt.Sprintf("%x.txt", sum[:6]))
	if _, err := os.Stat(path); err == nil {
		return
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(report), 0o666); err != nil && !errors.Is(err, fs.ErrExist) {
		t.Fatal(err)
	}
}

// typeCheck parses src as the only file of a package and type-checks it.
func typeCheck(name string, src []byte) (fset *token.FileSet, file *ast.File, pkg *types.Package, info *types.Info, ok bool) {
	fset, files, pkg, info, ok := typeCheckFiles(map[string][]byte{name: src}, name)
	if !ok {
		return nil, nil, nil, nil, false
	}
	return fset, files[0], pkg, info, true
}

// typeCheckFiles parses the files of one package, first the one named
// first, and type-checks them; the package path is "fuzz/" and the package
// name. A panic of go/types is not poolcheck's: the input is skipped.
func typeCheckFiles(srcs map[string][]byte, first string) (fset *token.FileSet, files []*ast.File, pkg *types.Package, info *types.Info, ok bool) {
	imp := fuzzImporter()
	names := []string{first}
	for name := range srcs {
		if name != first {
			names = append(names, name)
		}
	}
	slices.Sort(names[1:])
	for _, name := range names {
		file, err := parser.ParseFile(imp.fset, name, srcs[name], parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, nil, nil, nil, false
		}
		files = append(files, file)
	}
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	info = newInfo()
	conf := types.Config{Importer: imp, GoVersion: "go1.26", Error: func(error) {}}
	pkg, err := conf.Check("fuzz/"+files[0].Name.Name, imp.fset, files, info)
	return imp.fset, files, pkg, info, err == nil
}

func newInfo() *types.Info {
	return &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
}

// stubImporter imports the packages of testdata/src from source and the
// standard library from export data. A fuzzing worker runs inputs one at
// a time, so it needs no lock beyond the one that creates it.
type stubImporter struct {
	fset  *token.FileSet
	std   types.Importer
	stubs map[string]*types.Package
	errs  map[string]error // failed imports, so that go list runs at most once per path
	isStd map[string]bool  // "go list std": other paths fail at once, without running go list
}

var (
	fuzzImp     *stubImporter
	fuzzImpOnce sync.Once
)

// fuzzImporter returns the importer of this process. Every input adds its
// files to the importer's FileSet, which only grows: past 256 MiB of
// positions the importer starts afresh (std and stubs imported again).
func fuzzImporter() *stubImporter {
	fuzzImpOnce.Do(func() {
		out, err := exec.Command("go", "list", "std").Output()
		if err != nil {
			panic(fmt.Sprintf("go list std: %v", err))
		}
		isStd := map[string]bool{}
		for _, p := range strings.Fields(string(out)) {
			isStd[p] = true
		}
		fuzzImp = newStubImporter(isStd)
	})
	if fuzzImp.fset.Base() > 1<<28 {
		fuzzImp = newStubImporter(fuzzImp.isStd)
	}
	return fuzzImp
}

func newStubImporter(isStd map[string]bool) *stubImporter {
	fset := token.NewFileSet()
	return &stubImporter{fset: fset, std: importer.ForCompiler(fset, "gc", nil), stubs: map[string]*types.Package{}, errs: map[string]error{}, isStd: isStd}
}

func (imp *stubImporter) Import(path string) (*types.Package, error) {
	if err := imp.errs[path]; err != nil {
		return nil, err
	}
	p, err := imp.load(path)
	if err != nil {
		imp.errs[path] = err
	}
	return p, err
}

func (imp *stubImporter) load(path string) (*types.Package, error) {
	if p, ok := imp.stubs[path]; ok {
		if p == nil {
			return nil, fmt.Errorf("stub %s does not type-check", path)
		}
		return p, nil
	}
	if imp.isStd[path] {
		return imp.std.Import(path)
	}
	if !fs.ValidPath(path) || strings.HasPrefix(path, "fuzz/") {
		return nil, fmt.Errorf("no package %q", path)
	}
	dir := filepath.Join("testdata", "src", filepath.FromSlash(path))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("no package %q", path)
	}
	imp.stubs[path] = nil // an import cycle fails instead of recursing
	var files []*ast.File
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(imp.fset, filepath.Join(dir, e.Name()), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: imp, GoVersion: "go1.26"}
	p, err := conf.Check(path, imp.fset, files, nil)
	if err != nil {
		return nil, fmt.Errorf("stub %s: %v", path, err)
	}
	imp.stubs[path] = p
	return p, nil
}

// runAnalyzer runs target, and before it what it requires, on a hand-made pass
// over files, and returns target's diagnostics. Facts are kept in memory
// for this package only (the stubs export none). ReadFile reads srcs, the
// files' contents by name.
func runAnalyzer(t *testing.T, target *analysis.Analyzer, fset *token.FileSet, files []*ast.File, pkg *types.Package, info *types.Info, srcs map[string][]byte) []analysis.Diagnostic {
	t.Helper()
	results := map[*analysis.Analyzer]any{}
	var diags []analysis.Diagnostic
	var run func(a *analysis.Analyzer) any
	run = func(a *analysis.Analyzer) any {
		if r, ok := results[a]; ok {
			return r
		}
		resultOf := map[*analysis.Analyzer]any{}
		for _, req := range a.Requires {
			resultOf[req] = run(req)
		}
		objFacts := map[types.Object][]analysis.Fact{}
		var pkgFacts []analysis.Fact
		pass := &analysis.Pass{
			Analyzer:   a,
			Fset:       fset,
			Files:      files,
			Pkg:        pkg,
			TypesInfo:  info,
			TypesSizes: types.SizesFor("gc", "amd64"),
			TypeErrors: nil,
			ResultOf:   resultOf,
			ReadFile: func(name string) ([]byte, error) {
				if src, ok := srcs[name]; ok {
					return src, nil
				}
				return nil, os.ErrNotExist
			},
			Report: func(d analysis.Diagnostic) {
				if a == target {
					diags = append(diags, d)
				}
			},
			ImportObjectFact: func(obj types.Object, fact analysis.Fact) bool { return copyFact(objFacts[obj], fact) },
			ExportObjectFact: func(obj types.Object, fact analysis.Fact) { objFacts[obj] = append(objFacts[obj], fact) },
			ImportPackageFact: func(p *types.Package, fact analysis.Fact) bool {
				return p == pkg && copyFact(pkgFacts, fact)
			},
			ExportPackageFact: func(fact analysis.Fact) { pkgFacts = append(pkgFacts, fact) },
			AllObjectFacts: func() []analysis.ObjectFact {
				var all []analysis.ObjectFact
				for obj, fs := range objFacts {
					for _, f := range fs {
						all = append(all, analysis.ObjectFact{Object: obj, Fact: f})
					}
				}
				return all
			},
			AllPackageFacts: func() []analysis.PackageFact {
				var all []analysis.PackageFact
				for _, f := range pkgFacts {
					all = append(all, analysis.PackageFact{Package: pkg, Fact: f})
				}
				return all
			},
		}
		r, err := a.Run(pass)
		if err != nil {
			t.Fatalf("%s: %v", a.Name, err)
		}
		results[a] = r
		return r
	}
	run(target)
	return diags
}

// copyFact copies the first fact of fact's type in facts into fact.
func copyFact(facts []analysis.Fact, fact analysis.Fact) bool {
	for _, f := range facts {
		if reflect.TypeOf(f) == reflect.TypeOf(fact) {
			reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(f).Elem())
			return true
		}
	}
	return false
}

// TestFuzzSharedSeeds checks that the -shared half of FuzzAnalyzer is
// exercised: the seeds of testdata/src/fuzzshared, each fuzzed alone with
// the companion file, get fixes, the two crash shapes of issue 11 among
// them, and the fixes pass checkFixes.
func TestFuzzSharedSeeds(t *testing.T) {
	t.Parallel()
	cfg, err := sharedConfig()
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyzer.NewAnalyzer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join("testdata", "src", "fuzzshared", "*", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	regressions, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzAnalyzer", "issue11-*"))
	if err != nil {
		t.Fatal(err)
	}
	fixed := map[string]int{}
	for _, path := range append(paths, regressions...) {
		if strings.HasSuffix(path, "shared.go") || strings.Contains(path, "fuzzshared/db/") {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		isTest := strings.HasSuffix(path, "_test.go")
		if !strings.HasSuffix(path, ".go") {
			src, isTest = readCorpusEntry(t, path, src)
		}
		name := "fuzz.go"
		if isTest {
			name = "fuzz_test.go"
		}
		t.Run(filepath.Base(filepath.Dir(path))+"/"+filepath.Base(path), func(t *testing.T) {
			f0, err := parser.ParseFile(token.NewFileSet(), name, src, parser.PackageClauseOnly)
			if err != nil {
				t.Fatal(err)
			}
			srcs := map[string][]byte{name: src, "shared.go": companion(f0.Name.Name)}
			fset, files, pkg, info, ok := typeCheckFiles(srcs, name)
			if !ok {
				t.Fatalf("%s does not type-check with the companion file", path)
			}
			for _, d := range runAnalyzer(t, a, fset, files, pkg, info, srcs) {
				if len(d.SuggestedFixes) > 0 {
					fixed[path]++
				}
				t.Logf("%s: %s (%d fixes)", fset.Position(d.Pos), d.Message, len(d.SuggestedFixes))
			}
			checkFixes(t, cfg, name, src)
		})
	}
	for _, path := range []string{
		"src/fuzzshared/goline/goline.go", "src/fuzzshared/importline/importline.go", "src/fuzzshared/importline/std.go",
		"src/fuzzshared/forms/errs.go", "src/fuzzshared/reuse/reuse.go",
		"fuzz/FuzzAnalyzer/issue11-goroutine-one-line", "fuzz/FuzzAnalyzer/issue11-import-per-line-blank",
	} {
		if fixed[filepath.Join("testdata", filepath.FromSlash(path))] == 0 {
			t.Errorf("testdata/%s: no diagnostic with a fix: the fuzz target's -shared configuration exercises nothing there", path)
		}
	}
}

// readCorpusEntry reads a file of the fuzzing corpus (go test fuzz v1)
// of FuzzAnalyzer: the source and whether it is a test file.
func readCorpusEntry(t *testing.T, path string, data []byte) ([]byte, bool) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 3 || lines[0] != "go test fuzz v1" || !strings.HasPrefix(lines[1], "[]byte(") || !strings.HasPrefix(lines[2], "bool(") {
		t.Fatalf("%s: not a FuzzAnalyzer corpus entry", path)
	}
	src, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return []byte(src), lines[2] == "bool(true)"
}

// TestFixMergeHarness checks golangci-lint's way of merging fixes, which
// checkFixes imitates (the drivers' merge is tested in internal/textedit):
// its duplicate removal only drops adjacent equal edits, so two copies of a
// fix with two insertions at one point apply both twice, which checkFixes
// reports.
func TestFixMergeHarness(t *testing.T) {
	src := []byte("0123456789abcdefghijklmnopqrstuvwxyz")
	fix := []textEdit{{Start: 10, End: 10, New: "X"}, {Start: 10, End: 10, New: "Y"}, {Start: 20, End: 25}}
	flat, bad := golangciEdits(append(slices.Clone(fix), fix...))
	if bad >= 0 {
		t.Fatalf("golangciEdits: conflict at %d", bad)
	}
	if got, want := string(textedit.Apply(src, flat)), "0123456789XYXYabcdefghij"+string(src[25:]); got != want {
		t.Errorf("golangci-lint application of a duplicated fix: %q, want %q (the insertions twice)", got, want)
	}
	if _, bad := golangciEdits([]textEdit{{Start: 10, End: 15, New: "a"}, {Start: 12, End: 18, New: "b"}}); bad < 0 {
		t.Errorf("golangciEdits accepted overlapping edits")
	}
}

// FuzzFixes is FuzzAnalyzer's -shared half on generated programs: the
// bytes choose statements from a list of rewrite situations (constructions,
// error checks, Close in its forms, DSN and context locals, escapes,
// tuning, goroutine and deferred literals), so that most inputs
// type-check, which mutations of raw source rarely do. Each input becomes
// functions of one file, imported in groups or one declaration per line,
// and goes through checkFixes.
//
//	go test -run='^$' -fuzz=FuzzFixes -fuzztime=5m ./analyzer/
func FuzzFixes(f *testing.F) {
	for _, seed := range [][]byte{
		{0, 3, 4, 21},
		{1, 0, 3, 4, 21, 26, 0, 3, 4, 0, 3, 21},
		{0, 6, 29, 3, 4, 21, 26, 7, 8, 30},
		{1, 13, 26, 9, 3, 10, 31},
		{0, 18, 9, 3, 10, 31, 26, 28, 29, 3, 21},
		{1, 0, 3, 14, 21, 26, 0, 11, 26, 0, 12, 21},
		{0, 16, 17, 3, 21, 26, 24, 26, 25, 26, 23, 0, 3, 21},
	} {
		f.Add(seed)
	}
	shared, err := sharedConfig()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, prog []byte) {
		if len(prog) == 0 || len(prog) > 200 {
			return
		}
		src := generate(prog)
		stats.count(&stats.inputs)
		for range 4 {
			if _, _, _, _, ok := typeCheck("fuzz.go", src); ok {
				break
			}
			src = repair(src)
		}
		if _, _, _, _, ok := typeCheck("fuzz.go", src); !ok {
			return
		}
		stats.count(&stats.typed)
		checkFixes(t, shared, "fuzz.go", src)
	})
}

// fragments are the statements FuzzFixes composes; "\x00" separates
// functions.
var fragments = []string{
	0:  `c, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))`,
	1:  `c, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))`,
	2:  `c, _ := sql.Open("postgres", dsn)`,
	3:  "if err != nil {\n\t\treturn err\n\t}",
	4:  `defer c.Close()`,
	5:  `c.Close()`,
	6:  `dsn := os.Getenv("DATABASE_URL")`,
	7:  `r := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})`,
	8:  `defer r.Close()`,
	9:  `p, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))`,
	10: `defer p.Close()`,
	11: `helper(c)`,
	12: `c.SetMaxOpenConns(2)`,
	13: `go func() { c, _ := sql.Open("postgres", os.Getenv("DATABASE_URL")); defer c.Close(); _ = c.Ping() }()`,
	14: "defer func() {\n\t\tlog.Println(\"closing\")\n\t\tc.Close()\n\t}()",
	15: "if err := c.Ping(); err != nil {\n\t\treturn err\n\t}",
	16: `var d *sql.DB`,
	17: `d, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))`,
	18: "ctx, cancel := context.WithTimeout(ctx, time.Second)\n\tdefer cancel()",
	19: `var err error`,
	20: `_ = d.Ping()`,
	21: `_ = c.Ping()`,
	22: `c = nil`,
	23: "n := counter.Add(1)\n\tlog.Println(n)",
	24: "if c, err := sql.Open(\"postgres\", os.Getenv(\"DATABASE_URL\")); err == nil {\n\t\t_ = c.Ping()\n\t}",
	25: "var e, err2 = sql.Open(\"postgres\", os.Getenv(\"DATABASE_URL\"))\n\t_ = err2\n\t_ = e.Ping()",
	26: "\x00",
	27: `err = nil`,
	28: "dsn, ok := os.LookupEnv(\"DATABASE_URL\")\n\tif !ok {\n\t\tlog.Print(\"unset\")\n\t}",
	29: `c, err := sql.Open("postgres", dsn)`,
	30: `_ = r.Ping(ctx).Err()`,
	31: `_ = p.Ping(ctx)`,
	32: `go func() { r := redis.NewClient(&redis.Options{Addr: os.Getenv("A")}); defer r.Close() }()`,
	33: `return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}).Ping(ctx).Err()`,
	34: "c, err := (sql.Open(\"postgres\", os.Getenv(\"DATABASE_URL\")))",
	35: `c, err := sql.Open("postgres", "postgres://other")`,
	36: "for i := 0; i < 2; i++ {\n\t\tx, _ := sql.Open(\"postgres\", os.Getenv(\"DATABASE_URL\"))\n\t\t_ = x.Ping()\n\t}",
	37: "s := &store{}\n\ts.db, err = sql.Open(\"postgres\", os.Getenv(\"DATABASE_URL\"))",
	38: `_ = err`,
	39: `log.Println(dsn)`,
}

// generate writes the program prog describes: its first byte chooses the
// import style, the others are fragments (modulo their number).
func generate(prog []byte) []byte {
	var body strings.Builder
	fn := 0
	body.WriteString("\nfunc f0(ctx context.Context) error {\n")
	for _, b := range prog[1:] {
		frag := fragments[int(b)%len(fragments)]
		if frag == "\x00" {
			fn++
			fmt.Fprintf(&body, "\treturn nil\n}\n\nfunc f%d(ctx context.Context) error {\n", fn)
			continue
		}
		body.WriteString("\t" + frag + "\n")
	}
	body.WriteString("\treturn nil\n}\n")
	text := body.String()
	for _, decl := range []struct{ use, decl string }{
		{"helper(", "\nfunc helper(*sql.DB) {}\n"},
		{"counter.", "\nvar counter atomic.Int64\n"},
		{"store{", "\ntype store struct{ db *sql.DB }\n"},
	} {
		if strings.Contains(text, decl.use) {
			text += decl.decl
		}
	}
	var imports []string
	for _, imp := range []struct{ use, path string }{
		{"context.", "context"}, {"sql.", "database/sql"}, {"log.", "log"}, {"os.", "os"},
		{"atomic.", "sync/atomic"}, {"time.", "time"},
		{"pgxpool.", "github.com/jackc/pgx/v5/pgxpool"}, {"redis.", "github.com/redis/go-redis/v9"},
	} {
		if strings.Contains(text, imp.use) {
			imports = append(imports, strconv.Quote(imp.path))
		}
	}
	var src strings.Builder
	src.WriteString("package p\n\n")
	if prog[0]%2 == 0 {
		src.WriteString("import (\n\t" + strings.Join(imports, "\n\t") + "\n)\n")
	} else {
		for _, imp := range imports {
			src.WriteString("import " + imp + "\n")
		}
	}
	src.WriteString(text)
	return []byte(src.String())
}

// repair fixes the type errors that composing fragments causes most:
// an unused variable gets a use on the next line, a := that declares
// nothing new becomes =, an undefined variable gets a declaration before
// its line. Other errors stay.
func repair(src []byte) []byte {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "fuzz.go", src, parser.SkipObjectResolution)
	if err != nil {
		return src
	}
	type fix struct {
		line   int
		insert string // a line to insert (after the line if after)
		after  bool
		assign bool // replace the line's first := by =
	}
	var fixes []fix
	conf := types.Config{Importer: fuzzImporter(), GoVersion: "go1.26", Error: func(err error) {
		te, ok := err.(types.Error)
		if !ok {
			return
		}
		line := fset.Position(te.Pos).Line
		switch {
		case strings.HasPrefix(te.Msg, "declared and not used: "):
			name := strings.TrimPrefix(te.Msg, "declared and not used: ")
			use := "_ = " + name
			switch name {
			case "c", "d", "e", "x":
				use = "_ = " + name + ".Ping()"
			}
			fixes = append(fixes, fix{line: line, insert: "\t" + use, after: true})
		case strings.HasPrefix(te.Msg, "no new variables on left side of :="):
			fixes = append(fixes, fix{line: line, assign: true})
		case strings.HasPrefix(te.Msg, "undefined: "):
			typ := map[string]string{"c": "*sql.DB", "d": "*sql.DB", "r": "*redis.Client", "p": "*pgxpool.Pool", "err": "error", "dsn": "string", "cancel": "func()"}[strings.TrimPrefix(te.Msg, "undefined: ")]
			if typ != "" {
				fixes = append(fixes, fix{line: line, insert: "\tvar " + strings.TrimPrefix(te.Msg, "undefined: ") + " " + typ})
			}
		}
	}}
	func() {
		defer func() { _ = recover() }()
		conf.Check("fuzz/p", fset, []*ast.File{file}, nil)
	}()
	lines := strings.Split(string(src), "\n")
	slices.SortStableFunc(fixes, func(x, y fix) int { return cmp.Compare(y.line, x.line) })
	done := map[fix]bool{}
	for _, f := range fixes {
		if done[f] || f.line < 1 || f.line > len(lines) {
			continue
		}
		done[f] = true
		i := f.line - 1
		switch {
		case f.assign:
			lines[i] = strings.Replace(lines[i], ":=", "=", 1)
		case f.after:
			lines = slices.Insert(lines, i+1, f.insert)
		default:
			lines = slices.Insert(lines, i, f.insert)
		}
	}
	return []byte(strings.Join(lines, "\n"))
}
