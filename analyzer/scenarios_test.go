package analyzer_test

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// A scenario is one analysistest case: packages under testdata/src whose
// // want comments (and .golden files, with analysistest.RunWithSuggestedFixes)
// are checked with one configuration.
type scenario struct {
	name     string // the subtest
	cfg      analyzer.Config
	patterns []string // under testdata/src
	// check, if set, makes further checks on the scenario's results (its
	// packages only) after analysistest's own.
	check func(t *testing.T, a *analysis.Analyzer, results []*analysistest.Result)
}

// runFunc is analysistest.Run or analysistest.RunWithSuggestedFixes.
type runFunc func(analysistest.Testing, string, *analysis.Analyzer, ...string) []*analysistest.Result

// runScenarios checks scenarios with one call of run, so that they share
// one packages.Load: analysistest type-checks the standard library from
// source on every call, which costs seconds, while a scenario's own
// packages cost almost nothing. Each package is analysed by the analyzer
// of the scenario whose patterns match its directory (see mux), with that
// scenario's configuration, exactly as if the scenario ran alone: without
// facts an analyzer sees only its own package's syntax and the types of
// its dependencies, which do not depend on what else was loaded.
//
// Each scenario is a subtest, which reports the failures that name one of
// its files; `go test -run 'TestScenarios/Drivers'` loads only that
// scenario's packages.
func runScenarios(t *testing.T, run runFunc, scenarios ...scenario) {
	t.Helper()
	type state struct {
		scenario
		a       *analysis.Analyzer
		ran     bool
		errs    []string
		results []*analysistest.Result
	}
	var selected []*state
	for _, sc := range scenarios {
		st := &state{scenario: sc}
		t.Run(sc.name, func(t *testing.T) {
			selected = append(selected, st)
			// A parallel subtest resumes when its parent's function has
			// returned, after the shared run below.
			t.Parallel()
			if !st.ran {
				t.Fatal("not analysed: see the parent test's errors")
			}
			for _, e := range st.errs {
				t.Error(e)
			}
			if st.check != nil {
				st.check(t, st.a, st.results)
			}
		})
	}
	if len(selected) == 0 {
		return
	}

	src := filepath.Join(analysistest.TestData(), "src")
	var patterns []string
	byDir := map[string][]*state{} // memo of owners
	owners := func(dir string) []*state {
		if o, ok := byDir[dir]; ok {
			return o
		}
		var o []*state
		for _, st := range selected {
			if slices.ContainsFunc(st.patterns, func(p string) bool { return matchPattern(p, dir) }) {
				o = append(o, st)
			}
		}
		byDir[dir] = o
		return o
	}
	subs := map[string]*analysis.Analyzer{} // package directory -> analyzer
	for _, st := range selected {
		a, err := analyzer.NewAnalyzer(st.cfg)
		if err != nil {
			t.Errorf("%s: %v", st.name, err)
			return
		}
		st.a = a
		for _, p := range st.patterns {
			if !slices.Contains(patterns, p) {
				patterns = append(patterns, p)
			}
		}
	}
	m, err := mux(selected[0].a, func(pass *analysis.Pass) (*analysis.Analyzer, error) {
		var files []string
		for _, f := range pass.Files {
			files = append(files, pass.Fset.File(f.Pos()).Name())
		}
		dir := packageDir(src, pass.Pkg.Path(), files)
		if a := subs[dir]; a != nil {
			return a, nil
		}
		return nil, fmt.Errorf("package %s (%s) belongs to no scenario", pass.Pkg.Path(), dir)
	})
	if err != nil {
		t.Error(err)
		return
	}
	// Assign every scenario package to its analyzer before the run: two
	// scenarios may share a package only with the same configuration.
	for _, st := range selected {
		for _, p := range st.patterns {
			for _, dir := range scenarioDirs(t, src, p) {
				o := owners(dir)
				for _, other := range o {
					if !sameConfig(other.cfg, o[0].cfg) {
						t.Errorf("%s is in scenarios %s and %s, which have different configurations: run them separately", dir, o[0].name, other.name)
						return
					}
				}
				subs[dir] = o[0].a
			}
		}
	}

	rec := &recorder{TB: t}
	results := run(rec, analysistest.TestData(), m, patterns...)
	for _, e := range rec.errs {
		o := errorOwners(src, e, owners)
		if len(o) == 0 {
			t.Error(e)
		}
		for _, st := range o {
			st.errs = append(st.errs, e)
		}
	}
	for _, r := range results {
		for _, st := range owners(resultDir(src, r)) {
			st.results = append(st.results, r)
		}
	}
	for _, st := range selected {
		st.ran = true
	}
}

// mux returns an analyzer that runs, on each package, the analyzer that
// pick chooses. It has the name, documentation, URL (diagnostic URLs are
// resolved against it), requirements and result type of like, which every
// analyzer that pick returns must share; facts are not supported, as they
// would flow between the scenarios' packages.
func mux(like *analysis.Analyzer, pick func(*analysis.Pass) (*analysis.Analyzer, error)) (*analysis.Analyzer, error) {
	if len(like.FactTypes) > 0 {
		return nil, fmt.Errorf("scenarios with facts (-wrappers) must run alone")
	}
	return &analysis.Analyzer{
		Name:       like.Name,
		Doc:        like.Doc,
		URL:        like.URL,
		Requires:   like.Requires,
		ResultType: like.ResultType,
		Run: func(pass *analysis.Pass) (any, error) {
			a, err := pick(pass)
			if err != nil {
				return nil, err
			}
			if len(a.FactTypes) > 0 || !slices.Equal(a.Requires, like.Requires) || a.ResultType != like.ResultType || a.URL != like.URL {
				return nil, fmt.Errorf("the analyzer of %s differs from the others in facts, requirements, result or URL", pass.Pkg.Path())
			}
			return a.Run(pass)
		},
	}, nil
}

// matchPattern reports whether the package directory dir (relative to
// testdata/src) matches a go list pattern of a scenario: an import path,
// or one ending in /... .
func matchPattern(pattern, dir string) bool {
	if base, ok := strings.CutSuffix(pattern, "/..."); ok {
		return dir == base || strings.HasPrefix(dir, base+"/")
	}
	return dir == pattern
}

// scenarioDirs returns the package directories (relative to src) that
// pattern matches.
func scenarioDirs(t *testing.T, src, pattern string) []string {
	t.Helper()
	base, all := strings.CutSuffix(pattern, "/...")
	if !all {
		return []string{pattern}
	}
	var dirs []string
	matches, _ := filepath.Glob(filepath.Join(src, filepath.FromSlash(base), "*.go"))
	if len(matches) > 0 {
		dirs = append(dirs, base)
	}
	err := filepath.WalkDir(filepath.Join(src, filepath.FromSlash(base)), func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if files, _ := filepath.Glob(filepath.Join(path, "*.go")); len(files) > 0 {
			rel, _ := filepath.Rel(src, path)
			if rel := filepath.ToSlash(rel); !slices.Contains(dirs, rel) {
				dirs = append(dirs, rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dirs
}

func sameConfig(x, y analyzer.Config) bool {
	return fmt.Sprintf("%#v", x) == fmt.Sprintf("%#v", y)
}

// goFile finds the file names in analysistest's messages.
var goFile = regexp.MustCompile(`[^\s:"'` + "`" + `]+\.go\b`)

// errorOwners returns the scenarios of the first file under src that the
// message names (analysistest writes most names relative to src).
func errorOwners[S any](src, msg string, owners func(dir string) []S) []S {
	for _, name := range goFile.FindAllString(msg, -1) {
		rel := filepath.Dir(name)
		if filepath.IsAbs(rel) {
			var err error
			if rel, err = filepath.Rel(src, rel); err != nil || strings.HasPrefix(rel, "..") {
				continue
			}
		}
		if o := owners(filepath.ToSlash(rel)); len(o) > 0 {
			return o
		}
	}
	return nil
}

// resultDir returns the directory (relative to src) of a result's package.
func resultDir(src string, r *analysistest.Result) string {
	return packageDir(src, r.Action.Package.PkgPath, r.Action.Package.CompiledGoFiles)
}

// packageDir returns the directory, relative to src, of the package with
// the given path and files: that of its first file, or for the generated
// main package of a test binary (path "p.test", files in the build
// cache) that of p.
func packageDir(src, path string, files []string) string {
	if len(files) > 0 {
		if rel, err := filepath.Rel(src, filepath.Dir(files[0])); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return strings.TrimSuffix(path, ".test")
}

// recorder is the analysistest.Testing of a shared run: it keeps the
// failures for the scenarios' subtests and passes everything else (the
// type errors analysistest logs) to the parent test.
type recorder struct {
	testing.TB
	mu   sync.Mutex
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
