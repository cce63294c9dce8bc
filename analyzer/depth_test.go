package analyzer_test

import (
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestCalls covers constructions one or more calls away from the request:
// helpers of the same package called from handlers, loops and goroutines
// (transitively, with a cycle), and the helpers that are not repeated
// constructions (called once, cached, per item, in a middleware's setup).
func TestCalls(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{Allow: []string{"other/db", "calls/db/..."}})
	analysistest.Run(t, analysistest.TestData(), a, "calls/...")
}

// TestDialers covers a pool literal's dial function held by a local
// variable or written as a named function: part of the pool, not a
// dedicated connection.
func TestDialers(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{Allow: []string{"db"}})
	analysistest.Run(t, analysistest.TestData(), a, "dialers")
}

// TestHolders covers the sanctioned package's constructors that return a
// struct holding a pool (a field, or an embedded struct), recognised
// without facts, and the wrappers, getters and parsers that are not.
func TestHolders(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{Allow: []string{"holders/db"}})
	analysistest.Run(t, analysistest.TestData(), a, "holders/...")
}

// TestCatalogGaps covers the catalog rows added for issue 14, through stubs
// copied from the verified signatures.
func TestCatalogGaps(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{Allow: []string{"db"}})
	analysistest.Run(t, analysistest.TestData(), a, "gaps")
}
