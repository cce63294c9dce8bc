// Package noop defines an Analyzer that does nothing, the floor against
// which poolcheck's cost is measured.
//
// It has poolcheck's shape: the same driver, the same Requires
// (inspect.Analyzer, so the shared inspector is built either way) and no
// facts, so a driver loads and type-checks exactly what it loads for
// poolcheck. Whatever time or memory poolcheck needs beyond noop is
// poolcheck's own.
package noop

import (
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer requires the inspector, takes its result and reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "noop: do nothing (the baseline of poolcheck's benchmarks)",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		return nil, nil
	},
}

// fact is declared with -facts; noop never exports one.
type fact struct{}

func (*fact) AFact() {}

func init() {
	// -facts declares a fact type, as poolcheck -wrappers does: a driver
	// then loads and type-checks every dependency from source, and
	// go vet analyses every dependency. It is the floor of poolcheck
	// -wrappers.
	Analyzer.Flags.Var(factsFlag{}, "facts", "declare a fact type, so that drivers analyse every dependency (the floor of poolcheck -wrappers)")
	// -tag is ignored. go vet caches a vet tool's results under a key that
	// includes its flags, so the benchmark passes a new -tag to every
	// "go vet -vettool" run to measure analysis rather than a cache hit.
	Analyzer.Flags.String("tag", "", "ignored (lets benchmarks defeat go vet's result cache)")
}

type factsFlag struct{}

func (factsFlag) String() string {
	return strconv.FormatBool(Analyzer != nil && Analyzer.FactTypes != nil)
}
func (factsFlag) IsBoolFlag() bool { return true }
func (factsFlag) Set(v string) error {
	on, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	Analyzer.FactTypes = nil
	if on {
		Analyzer.FactTypes = []analysis.Fact{new(fact)}
	}
	return nil
}
