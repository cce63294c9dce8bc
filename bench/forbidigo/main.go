// Command forbidigo runs forbidigo's go/analysis analyzer with the same
// driver (singlechecker) and the same golang.org/x/tools version as
// cmd/poolcheck, so that the benchmark compares the analyzers, not the
// drivers. forbidigo's own command loads packages with its own loop.
//
// It is a module of its own so that poolcheck does not depend on
// forbidigo. Flags are forbidigo's: -p PATTERN (repeatable),
// -analyze_types, -examples.
package main

import (
	"github.com/ashanbrown/forbidigo/v2/pkg/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(analyzer.NewAnalyzer()) }
