package analyzer_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
	"github.com/poolcheck/poolcheck/internal/modcopy"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestRealWorld runs poolcheck on pinned public modules and compares its
// findings with the constructions listed by hand, from reading the code, in
// testdata/realworld/*.txt. Missing and extra findings both fail.
func TestRealWorld(t *testing.T) {
	files, _ := filepath.Glob("testdata/realworld/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/realworld/*.txt")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			spec := readSpec(t, file)
			dir := moduleCopy(t, spec.module)
			diags := analyze(t, dir, analyzer.Config{}, spec.patterns...)
			var got []string
			for _, d := range diags {
				got = append(got, fmt.Sprintf("%s:%d: %s", d.file, d.line, lastName(d.name)))
			}
			var want []string
			for _, f := range spec.findings {
				want = append(want, fmt.Sprintf("%s:%d: %s", f.file, f.line, lastName(f.name)))
			}
			compare(t, got, want)
		})
	}
}

type finding struct {
	file string
	line int
	name string // constructor: a full name, or the name as the message writes it
	msg  string
}

type spec struct {
	module   string
	patterns []string
	findings []finding
}

// readSpec parses "# module: m@v", "# packages: p q" and "file:line: name" lines.
func readSpec(t *testing.T, path string) spec {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var s spec
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "# module:"):
			s.module = strings.TrimSpace(strings.TrimPrefix(line, "# module:"))
		case strings.HasPrefix(line, "# packages:"):
			s.patterns = strings.Fields(strings.TrimPrefix(line, "# packages:"))
		case line == "" || strings.HasPrefix(line, "#"):
		default:
			var fd finding
			parts := strings.SplitN(line, ":", 3)
			if len(parts) != 3 {
				t.Fatalf("%s: bad line %q", path, line)
			}
			fd.file, fd.name = parts[0], strings.TrimSpace(parts[2])
			if _, err := fmt.Sscan(parts[1], &fd.line); err != nil {
				t.Fatalf("%s: bad line %q", path, line)
			}
			s.findings = append(s.findings, fd)
		}
	}
	if s.module == "" || len(s.patterns) == 0 {
		t.Fatalf("%s: needs # module: and # packages: lines", path)
	}
	return s
}

// moduleCopy downloads module@version through the module proxy and copies
// it to a writable directory, so that go list may complete its go.sum;
// under -short it skips the test.
func moduleCopy(t *testing.T, modVersion string) string {
	t.Helper()
	return modcopy.ForTest(t, modVersion)
}

// analyze loads patterns in dir (with tests) and runs a poolcheck analyzer
// with cfg, returning its findings de-duplicated across test variants, with
// file names relative to dir and sorted. Type errors fail the test.
func analyze(t *testing.T, dir string, cfg analyzer.Config, patterns ...string) []finding {
	t.Helper()
	a, err := analyzer.NewAnalyzer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	pcfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   dir,
		Tests: true,
		Env:   append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off"),
	}
	pkgs, err := packages.Load(pcfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading %v", n, patterns)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []finding
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			rel, _ := filepath.Rel(dir, posn.Filename)
			k := fmt.Sprintf("%s:%d:%d:%s", rel, posn.Line, posn.Column, d.Message)
			if seen[k] {
				continue
			}
			seen[k] = true
			name, _, _ := strings.Cut(d.Message, " ")
			out = append(out, finding{file: rel, line: posn.Line, name: name, msg: d.Message})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].file != out[j].file {
			return out[i].file < out[j].file
		}
		return out[i].line < out[j].line
	})
	return out
}

// lastName reduces "database/sql.Open", "sql.Open" or
// "(*gocql.ClusterConfig).CreateSession" to "Open" / "CreateSession", and
// literals to "Pool{}", so full names in the lists match the names the
// messages use.
func lastName(s string) string {
	if i := strings.LastIndex(s, "."); i >= 0 {
		return s[i+1:]
	}
	return s
}

func compare(t *testing.T, got, want []string) {
	t.Helper()
	sort.Strings(got)
	sort.Strings(want)
	count := map[string]int{}
	for _, g := range got {
		count[g]++
	}
	for _, w := range want {
		count[w]--
	}
	var missing, extra []string
	for k, n := range count {
		for ; n > 0; n-- {
			extra = append(extra, k)
		}
		for ; n < 0; n++ {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 {
		t.Errorf("missing findings (listed by hand, not reported):\n  %s", strings.Join(missing, "\n  "))
	}
	if len(extra) > 0 {
		t.Errorf("extra findings (reported, not listed by hand):\n  %s", strings.Join(extra, "\n  "))
	}
}
