package main

// -write-baseline FILE records the current findings in a baseline file
// (format: analyzer/baseline.go), so that -baseline FILE reports only new
// ones. The analyzer's result carries every finding with its key, before
// the baseline is applied: rewriting a baseline with -baseline set to the
// same file keeps what is still there and drops what disappeared.

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis"
)

const (
	writeBaselineFlag  = "write-baseline"
	writeBaselineUsage = "write every current finding to `FILE`, a baseline for -baseline, and exit 0 (standalone only; replaces the file: findings that disappeared are dropped)"
)

// runWriteBaseline analyses the packages named by args and writes the keys
// of all their findings to the -write-baseline file. It returns 0 when the
// file was written, 1 when a package failed to load, type-check or analyse
// (nothing is written: a partial baseline would drop that package's
// entries), 2 for bad flags.
func runWriteBaseline(args []string) int {
	s := newStandalone("-"+writeBaselineFlag+" FILE", analyzer.Analyzer)
	out := s.fs.String(writeBaselineFlag, "", writeBaselineUsage)
	patterns, status, ok := s.parse(args)
	if !ok {
		return status
	}
	if *out == "" {
		fmt.Fprintf(os.Stderr, "poolcheck: -%s needs a file name\n", writeBaselineFlag)
		return 2
	}
	analyzers := []*analysis.Analyzer{analyzer.Analyzer}
	graph, _, failed, ok := s.loadAndAnalyze(analyzers, patterns)
	if !ok {
		return 1
	}
	if failed {
		fmt.Fprintf(os.Stderr, "poolcheck: %s not written: a package failed to load or analyse, and its findings would be missing\n", *out)
		return 1
	}

	// A file of both a package and its test variant has the same keys in
	// both: the set keeps one.
	keys := map[string]analyzer.BaselineKey{}
	unkeyed := 0
	seen := map[string]bool{}
	for act, res := range rootResults(graph, analyzer.Analyzer) {
		for _, f := range res.Findings {
			keys[f.Key.String()] = f.Key
		}
		for _, d := range act.Diagnostics {
			if d.Category == analyzer.CategoryDirective || d.Category == analyzer.CategoryStale {
				posn := act.Package.Fset.Position(d.Pos)
				if seen[posn.String()] {
					continue
				}
				seen[posn.String()] = true
				fmt.Fprintf(os.Stderr, "%s: %s (not baselined: fix the directive)\n", posn, d.Message)
				unkeyed++
			}
		}
	}
	list := make([]analyzer.BaselineKey, 0, len(keys))
	for _, k := range keys {
		list = append(list, k)
	}
	added, dropped := diffBaseline(*out, keys)
	if err := writeFileAtomic(*out, list); err != nil {
		fmt.Fprintf(os.Stderr, "poolcheck: %v\n", err)
		return 1
	}
	msg := fmt.Sprintf("poolcheck: wrote %d findings to %s", len(list), *out)
	if added >= 0 {
		msg += fmt.Sprintf(" (%d new, %d dropped)", added, dropped)
	}
	fmt.Fprintln(os.Stderr, msg)
	if unkeyed > 0 {
		fmt.Fprintf(os.Stderr, "poolcheck: %d findings about //poolcheck:ignore directives cannot be baselined and are still reported\n", unkeyed)
	}
	return 0
}

// diffBaseline counts the keys that a rewrite of path adds and drops; -1
// if there was no readable baseline before.
func diffBaseline(path string, keys map[string]analyzer.BaselineKey) (added, dropped int) {
	f, err := os.Open(path)
	if err != nil {
		return -1, -1
	}
	defer f.Close()
	old, err := analyzer.ReadBaseline(f)
	if err != nil {
		return -1, -1
	}
	had := map[string]bool{}
	for _, k := range old {
		had[k.String()] = true
	}
	for k := range keys {
		if !had[k] {
			added++
		}
	}
	for k := range had {
		if _, ok := keys[k]; !ok {
			dropped++
		}
	}
	return added, dropped
}

// writeFileAtomic writes the baseline next to path and renames it into
// place, so that an interrupted run never leaves half a baseline.
func writeFileAtomic(path string, keys []analyzer.BaselineKey) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	if err := analyzer.WriteBaseline(tmp, keys); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := os.Chmod(tmp.Name(), mode); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
