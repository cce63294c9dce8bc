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
