package analyzer_test

import (
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFixes checks each rewrite against its .golden file.
func TestFixes(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{
		Allow:  []string{"fixes/db"},
		Shared: []string{"fixes/db.Pool", "fixes/db.Cache", "fixes/db.SQL"},
	})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "fixes/...")
}

// TestFixInternal checks the internal/ rule: a package outside the tree
// sees the accessor (through its imports) but may not import it.
func TestFixInternal(t *testing.T) {
	a := newAnalyzer(t, analyzer.Config{
		Allow:  []string{"internalfix/tree/internal/store"},
		Shared: []string{"internalfix/tree/internal/store.Pool"},
	})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "internalfix/...")
}
