package analyzer_test

import (
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
	"strings"
	"sync"
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis"
)

// FuzzAnalyzer runs poolcheck on arbitrary single-file packages and checks
// that it never panics and that every diagnostic, related position and
// suggested edit lies inside the file. Inputs that do not parse or
// type-check are skipped. Imports resolve to the standard library and to
// the stubs under testdata/src (pgx, go-redis, gorm ...), so mutations of
// the driver scenarios stay type-correct often enough to reach the
// matching code.
//
// Seeds are the .go files of the scenario packages of testdata/src (the
// stubs excluded) and the regression inputs under testdata/fuzz. Every
// input runs two analyzers: one with no sanctioned package (constructions
// are reported) and one that sanctions the input's own package (the
// sanctioned-package checks run), both with -max-conns.
//
//	go test -run='^$' -fuzz=FuzzAnalyzer -fuzztime=3m ./analyzer/
func FuzzAnalyzer(f *testing.F) {
	seeds := 0
	err := filepath.WalkDir(filepath.Join("testdata", "src"), func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join("testdata", "src"), path)
		if d.IsDir() && rel != "." && strings.Contains(strings.Split(rel, string(filepath.Separator))[0], ".") {
			return filepath.SkipDir // a stub: github.com/..., gorm.io/...
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
	f.Fuzz(func(t *testing.T, src []byte, isTest bool) {
		name := "fuzz.go"
		if isTest {
			name = "fuzz_test.go"
		}
		fset, file, pkg, info, ok := typeCheck(name, src)
		if !ok {
			t.Skip("does not type-check")
		}
		for _, cfg := range []analyzer.Config{
			{MaxConns: 5},
			{MaxConns: 5, Allow: []string{pkg.Path()}, AllowTests: isTest},
		} {
			a, err := analyzer.NewAnalyzer(cfg)
			if err != nil {
				t.Fatal(err)
			}
			diags := runAnalyzer(t, a, fset, file, pkg, info)
			tf := fset.File(file.FileStart)
			inFile := func(what string, pos, end token.Pos) {
				t.Helper()
				if !pos.IsValid() || fset.File(pos) != tf {
					t.Errorf("%s: Pos %d is not in %s (base %d, size %d)", what, pos, name, tf.Base(), tf.Size())
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
	})
}

// typeCheck parses src as the only file of a package and type-checks it.
// A panic of go/types is not poolcheck's: the input is skipped.
func typeCheck(name string, src []byte) (fset *token.FileSet, file *ast.File, pkg *types.Package, info *types.Info, ok bool) {
	imp := fuzzImporter()
	file, err := parser.ParseFile(imp.fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, nil, nil, nil, false
	}
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	info = newInfo()
	conf := types.Config{Importer: imp, GoVersion: "go1.26", Error: func(error) {}}
	pkg, err = conf.Check("fuzz/"+file.Name.Name, imp.fset, []*ast.File{file}, info)
	return imp.fset, file, pkg, info, err == nil
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

// stubImporter imports the stubs of testdata/src from source and the
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

func fuzzImporter() *stubImporter {
	fuzzImpOnce.Do(func() {
		fset := token.NewFileSet()
		fuzzImp = &stubImporter{fset: fset, std: importer.ForCompiler(fset, "gc", nil), stubs: map[string]*types.Package{}, errs: map[string]error{}, isStd: map[string]bool{}}
		out, err := exec.Command("go", "list", "std").Output()
		if err != nil {
			panic(fmt.Sprintf("go list std: %v", err))
		}
		for _, p := range strings.Fields(string(out)) {
			fuzzImp.isStd[p] = true
		}
	})
	return fuzzImp
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
	if !fs.ValidPath(path) || !strings.Contains(strings.Split(path, "/")[0], ".") {
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
// over one file, and returns target's diagnostics. Facts are kept in memory
// for this package only (the stubs export none).
func runAnalyzer(t *testing.T, target *analysis.Analyzer, fset *token.FileSet, file *ast.File, pkg *types.Package, info *types.Info) []analysis.Diagnostic {
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
			Files:      []*ast.File{file},
			Pkg:        pkg,
			TypesInfo:  info,
			TypesSizes: types.SizesFor("gc", "amd64"),
			TypeErrors: nil,
			ResultOf:   resultOf,
			ReadFile:   func(string) ([]byte, error) { return nil, os.ErrNotExist },
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
