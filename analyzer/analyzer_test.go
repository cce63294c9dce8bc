package analyzer_test

import (
	"net/url"
	"os"
	"path/filepath"
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

func TestNoAllow(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), newAnalyzer(t, analyzer.Config{}), "basic", "dotimport", "directives")
}

func TestAllowExact(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{Allow: []string{"sanctioned/db"}})
	analysistest.Run(t, analysistest.TestData(), a, "sanctioned/...")
}

func TestAllowTree(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{Allow: []string{"tree/db/..."}})
	analysistest.Run(t, analysistest.TestData(), a, "tree/...")
}

func TestAllowTests(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{AllowTests: true})
	analysistest.Run(t, analysistest.TestData(), a, "allowtests")
}

// TestDrivers covers the catalogued third-party libraries through stubs
// under testdata/src/<import path>.
func TestDrivers(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{Allow: []string{"db"}})
	analysistest.Run(t, analysistest.TestData(), a, "drivers/...")
}

// TestConstructors covers -constructors: functions, pointer and value
// receiver methods, struct literals and generic instantiations.
func TestConstructors(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{Constructors: []string{
		"legacy/dbutil.Connect",
		"(*legacy/dbutil.Config).Dial",
		"(legacy/dbutil.Config).Open",
		"legacy/dbutil.Pool{}",
		"legacy/dbutil.NewTyped",
		"(*legacy/dbutil.Typed).Dial",
	}, Allow: []string{"legacy/dbutil"}})
	analysistest.Run(t, analysistest.TestData(), a, "custom", "legacy/dbutil")
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

// TestRepeated covers repeated construction (handlers of every shape,
// loops, goroutines; sanctioned packages too), the sanctioned package's
// constructors (dependency injection from main is fine) and Close on
// shared accessors.
func TestRepeated(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{
		Allow:  []string{"repeated/db"},
		Shared: []string{"repeated/db.Pool", "repeated/db.Get"},
	})
	analysistest.Run(t, analysistest.TestData(), a, "repeated/db", "repeated/app")
}

// TestWrappers covers -wrappers: functions that return a pool they
// construct become constructors across packages (facts asserted with
// want Name:"..."), getters of cached pools do not.
func TestWrappers(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{Allow: []string{"app/db"}, Wrappers: true})
	analysistest.Run(t, analysistest.TestData(), a, "wrappers/...")
}

// TestDiagnosticURLs checks that every diagnostic links to its category's
// page: drivers resolve the relative URL against Analyzer.URL.
func TestDiagnosticURLs(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{Allow: []string{"sanctioned/db"}})
	n := 0
	for _, r := range analysistest.Run(t, analysistest.TestData(), a, "sanctioned/...", "directives") {
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
