package main

// The standalone modes -sarif, -write-baseline and -inventory are outputs
// that singlechecker does not have, so they load and analyse the packages
// themselves, with the go/packages and go/analysis/checker libraries the
// standard driver uses. This file is what they share.

import (
	"errors"
	"flag"
	"fmt"
	"iter"
	"os"
	"strings"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// standalone is the command line of one standalone mode: the mode's own
// flags, -test, and the flags of the analyzer it configures.
type standalone struct {
	mode  string // "-sarif", for messages
	fs    *flag.FlagSet
	tests *bool
}

// newStandalone returns the flag set of mode with -test and the flags of a,
// so that -allow and the others configure a exactly as they do under
// singlechecker. The caller adds the mode's own flags.
func newStandalone(mode string, a *analysis.Analyzer) *standalone {
	fs := flag.NewFlagSet("poolcheck "+mode, flag.ContinueOnError)
	s := &standalone{mode: mode, fs: fs, tests: fs.Bool("test", true, "analyse test files too")}
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: poolcheck %s [flags] packages\n", mode)
		fs.PrintDefaults()
	}
	return s
}

// parse parses args and returns the package patterns, or the exit status
// to stop with (0 after -h, 2 for a bad flag) and ok false.
func (s *standalone) parse(args []string) (patterns []string, status int, ok bool) {
	if err := s.fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, 0, false
		}
		return nil, 2, false
	}
	patterns = s.fs.Args()
	for _, p := range patterns {
		// A package pattern never starts with "-": flag parsing stopped
		// at the first package.
		if strings.HasPrefix(p, "-") {
			fmt.Fprintf(os.Stderr, "poolcheck: flag %s after the packages: flags go first\n", p)
			return nil, 2, false
		}
	}
	if len(patterns) == 0 {
		s.fs.Usage()
		return nil, 2, false
	}
	return patterns, 0, true
}

// load loads the packages for analyzers as the standard driver does: all
// syntax when an analyzer uses facts (-wrappers), else syntax for the named
// packages and export data for their dependencies. It prints the packages'
// errors; failed reports that there were some (their code is not checked).
// err is a failure to run go list at all.
func (s *standalone) load(analyzers []*analysis.Analyzer, patterns []string) (pkgs []*packages.Package, failed bool, err error) {
	mode := packages.LoadSyntax | packages.NeedModule
	for _, a := range analyzers {
		if len(a.FactTypes) > 0 {
			mode = packages.LoadAllSyntax | packages.NeedModule
		}
	}
	pkgs, err = packages.Load(&packages.Config{Mode: mode, Tests: *s.tests}, patterns...)
	if err != nil {
		return nil, false, err
	}
	if len(pkgs) == 0 {
		return nil, false, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	return pkgs, packages.PrintErrors(pkgs) > 0, nil
}

// loadAndAnalyze loads patterns and runs analyzers on them, printing
// errors. ok is false, with the exit status, when go list or the checker
// could not run at all; failed reports packages that did not load or
// analyse.
func (s *standalone) loadAndAnalyze(analyzers []*analysis.Analyzer, patterns []string) (graph *checker.Graph, pkgs []*packages.Package, failed bool, ok bool) {
	pkgs, failed, err := s.load(analyzers, patterns)
	if err != nil {
		fmt.Fprintf(os.Stderr, "poolcheck: %v\n", err)
		return nil, nil, false, false
	}
	graph, actFailed, err := analyze(analyzers, pkgs)
	if err != nil {
		fmt.Fprintf(os.Stderr, "poolcheck: %v\n", err)
		return nil, nil, false, false
	}
	return graph, pkgs, failed || actFailed, true
}

// analyze runs analyzers on pkgs. It prints the actions' errors; failed
// reports that there were some.
func analyze(analyzers []*analysis.Analyzer, pkgs []*packages.Package) (graph *checker.Graph, failed bool, err error) {
	graph, err = checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		return nil, false, err
	}
	for act := range graph.All() {
		if act.Err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", act, act.Err) // "poolcheck@pkg: ..."
			failed = true
		}
	}
	return graph, failed, nil
}

// modeRequested reports whether args ask for the standalone mode name, a
// flag that is a bool or, if hasValue, takes a value. A package pattern
// never starts with "-", so any -name before "--" is the flag; the mode's
// own parsing rejects one that follows the packages.
func modeRequested(args []string, name string, hasValue bool) bool {
	for _, arg := range args {
		if arg == "--" {
			return false
		}
		a, ok := strings.CutPrefix(arg, "-")
		if !ok {
			continue
		}
		a = strings.TrimPrefix(a, "-")
		switch {
		case a == name:
			return true
		case hasValue && strings.HasPrefix(a, name+"="):
			return true
		case !hasValue && a == name+"=true":
			return true
		}
	}
	return false
}

// rootResults yields the results of a for the root packages it analysed
// without error.
func rootResults(graph *checker.Graph, a *analysis.Analyzer) iter.Seq2[*checker.Action, *analyzer.Result] {
	return func(yield func(*checker.Action, *analyzer.Result) bool) {
		for act := range graph.All() {
			if !act.IsRoot || act.Analyzer != a || act.Err != nil {
				continue
			}
			if res, _ := act.Result.(*analyzer.Result); res != nil && !yield(act, res) {
				return
			}
		}
	}
}
