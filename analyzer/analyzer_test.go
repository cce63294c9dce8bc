package analyzer_test

import (
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
