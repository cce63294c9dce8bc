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
