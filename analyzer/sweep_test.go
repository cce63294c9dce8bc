package analyzer_test

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
	"github.com/poolcheck/poolcheck/internal/modcopy"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// sweepQuick are small modules of testdata/sweep/modules.txt that
// TestSweepQuick runs in go test; scripts/sweep.sh runs them all.
var sweepQuick = []string{
	"github.com/go-sql-driver/mysql",
	"github.com/jackc/pgconn",
	"github.com/DATA-DOG/go-sqlmock",
	"github.com/gomodule/redigo",
}

// TestSweepQuick runs poolcheck (no -allow, tests included, like the
// sweep) on a few modules of the robustness sweep, downloaded through the
// module proxy: every package must load, no analysis may fail or panic,
// and the number of findings must be the one that the sweep recorded in
// testdata/sweep/results.txt. When a change of the analyzer changes a
// count on purpose, run scripts/sweep.sh and commit its results.
func TestSweepQuick(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads modules")
	}
	versions := readSweepList(t, "testdata/sweep/modules.txt")
	recorded := readSweepResults(t, "testdata/sweep/results.txt")
	work := t.TempDir()
	for _, path := range sweepQuick {
		t.Run(path, func(t *testing.T) {
			version, ok := versions[path]
			if !ok {
				t.Fatalf("%s is not in testdata/sweep/modules.txt", path)
			}
			dir, err := modcopy.Dir(work, path+"@"+version)
			if err != nil {
				t.Fatal(err)
			}
			got := sweepFindings(t, dir)
			want, ok := recorded[path+" "+version]
			if !ok {
				t.Fatalf("no ok row for %s %s in testdata/sweep/results.txt: run scripts/sweep.sh", path, version)
			}
			if got != want {
				t.Errorf("%d findings, testdata/sweep/results.txt records %d: if the analyzer changed on purpose, run scripts/sweep.sh", got, want)
			}
		})
	}
}

// sweepFindings loads ./... in dir with tests, runs a zero-config
// poolcheck and counts distinct findings (position and message), as the
// command's text output prints them.
func sweepFindings(t *testing.T, dir string) int {
	t.Helper()
	a, err := analyzer.NewAnalyzer(analyzer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := packages.Load(&packages.Config{
		Mode:  packages.LoadSyntax,
		Dir:   dir,
		Tests: true,
		Env:   modcopy.Env(),
	}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading ./...", n)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.ID, act.Err)
		}
		if act.Analyzer != a {
			continue
		}
		for _, d := range act.Diagnostics {
			seen[fmt.Sprintf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message)] = true
		}
	}
	return len(seen)
}

// readSweepList maps module paths to versions.
func readSweepList(t *testing.T, name string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, f := range sweepLines(t, name) {
		if len(f) == 2 {
			m[f[0]] = f[1]
		}
	}
	return m
}

// readSweepResults maps "path version" to the finding count of the rows
// with status ok.
func readSweepResults(t *testing.T, name string) map[string]int {
	t.Helper()
	m := map[string]int{}
	for _, f := range sweepLines(t, name) {
		if len(f) >= 5 && f[2] == "ok" {
			n, err := strconv.Atoi(f[4])
			if err != nil {
				t.Fatalf("%s: bad findings column in %q", name, strings.Join(f, " "))
			}
			m[f[0]+" "+f[1]] = n
		}
	}
	return m
}

// sweepLines returns the fields of the lines of name, comments dropped.
func sweepLines(t *testing.T, name string) [][]string {
	t.Helper()
	file, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	var lines [][]string
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if f := strings.Fields(line); len(f) > 0 {
			lines = append(lines, f)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}
