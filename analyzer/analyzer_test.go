package analyzer_test

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

func newAnalyzer(t *testing.T, cfg analyzer.Config) *analysis.Analyzer {
	t.Helper()
	a, err := analyzer.NewAnalyzer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestScenarios checks the analysistest scenarios of this file,
// depth_test.go, limits_test.go and baseline_test.go in one load (see
// runScenarios): each is a subtest.
func TestScenarios(t *testing.T) {
	t.Parallel()
	runScenarios(t, analysistest.Run, slices.Concat(scenarios, depthScenarios, limitsScenarios, baselineScenarios)...)
}

var scenarios = []scenario{
	{name: "NoAllow", patterns: []string{"basic", "dotimport", "directives"}},
	{name: "AllowTree", cfg: analyzer.Config{Allow: []string{"tree/db/..."}}, patterns: []string{"tree/..."}},
	{name: "AllowTests", cfg: analyzer.Config{AllowTests: true}, patterns: []string{"allowtests"}},
	// Drivers covers the catalogued third-party libraries through stubs
	// under testdata/src/<import path>.
	{name: "Drivers", cfg: analyzer.Config{Allow: []string{"db"}}, patterns: []string{"drivers/..."}},
	// Constructors covers -constructors: functions, pointer and value
	// receiver methods, struct literals and generic instantiations.
	{name: "Constructors", cfg: analyzer.Config{Constructors: []string{
		"legacy/dbutil.Connect",
		"(*legacy/dbutil.Config).Dial",
		"(legacy/dbutil.Config).Open",
		"legacy/dbutil.Pool{}",
		"legacy/dbutil.NewTyped",
		"(*legacy/dbutil.Typed).Dial",
	}, Allow: []string{"legacy/dbutil"}}, patterns: []string{"custom", "legacy/dbutil"}},
	// Repeated covers repeated construction (handlers of every shape,
	// loops, goroutines; sanctioned packages too), the sanctioned package's
	// constructors (dependency injection from main is fine) and Close on
	// shared accessors.
	{name: "Repeated", cfg: analyzer.Config{
		Allow:  []string{"repeated/db"},
		Shared: []string{"repeated/db.Pool", "repeated/db.Get"},
	}, patterns: []string{"repeated/db", "repeated/app"}},
}

// TestSanctionedScenarios checks sanctioned/... with -allow=sanctioned/db,
// alone and with directives (which TestScenarios checks without -allow).
func TestSanctionedScenarios(t *testing.T) {
	t.Parallel()
	allow := analyzer.Config{Allow: []string{"sanctioned/db"}}
	runScenarios(t, analysistest.Run,
		scenario{name: "AllowExact", cfg: allow, patterns: []string{"sanctioned/..."}},
		// DiagnosticURLs checks that every diagnostic links to its
		// category's page: drivers resolve the relative URL against
		// Analyzer.URL.
		scenario{name: "DiagnosticURLs", cfg: allow, patterns: []string{"sanctioned/...", "directives"}, check: checkDiagnosticURLs},
	)
}

func TestBadConfig(t *testing.T) {
	for _, cfg := range []analyzer.Config{
		{Allow: []string{"a/b/..."[:3] + "..."}},
		{Allow: []string{""}},
		{Allow: []string{"./db"}},
		{Allow: []string{"a/.../b"}},
		{Constructors: []string{"Open"}},
		{Constructors: []string{"(*a/b.T.M"}},
		{Constructors: []string{"a/b.T).M"}},
		{Shared: []string{"(*a/b.T).M"}},
		{Shared: []string{"a/b.T{}"}},
	} {
		if _, err := analyzer.NewAnalyzer(cfg); err == nil {
			t.Errorf("NewAnalyzer(%+v) succeeded, want an error", cfg)
		}
	}
}

// TestWrappers covers -wrappers: functions that return a pool they
// construct become constructors across packages (facts asserted with
// want Name:"..."), getters of cached pools do not. Facts flow between
// packages, so it runs alone.
func TestWrappers(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t, analyzer.Config{Allow: []string{"app/db"}, Wrappers: true})
	analysistest.Run(t, analysistest.TestData(), a, "wrappers/...")
}

// checkDiagnosticURLs checks the URL of every diagnostic of results.
func checkDiagnosticURLs(t *testing.T, a *analysis.Analyzer, results []*analysistest.Result) {
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			u, err := url.Parse(a.URL)
			if err != nil {
				t.Fatal(err)
			}
			ref, err := url.Parse(d.URL) // drivers may have resolved it already
			if err != nil {
				t.Fatal(err)
			}
			page := u.ResolveReference(ref).Path
			want := "/poolcheck/poolcheck/blob/main/docs/" + d.Category + ".md"
			if page != want {
				t.Errorf("%s: URL %q resolves to %s, want %s", d.Message, d.URL, page, want)
			}
			if _, err := os.Stat(filepath.Join("..", "docs", d.Category+".md")); err != nil {
				t.Errorf("%s: no page for category %s: %v", d.Message, d.Category, err)
			}
		}
	}
	if n == 0 {
		t.Fatal("no diagnostics")
	}
}
