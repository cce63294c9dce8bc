package analyzer_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// fixesConfig is the configuration of the fixes/... scenarios: fixes/db is
// sanctioned and holds one accessor per client type (and SQL, a function
// accessor of the same type as Pool, which comes first).
var fixesConfig = analyzer.Config{
	Allow:  []string{"fixes/db"},
	Shared: []string{"fixes/db.Pool", "fixes/db.Cache", "fixes/db.SQL", "fixes/db.PG"},
}

// TestFixes checks the fix scenarios with
// analysistest.RunWithSuggestedFixes in one load (see runScenarios), each
// as a subtest that also runs checkFixedFiles on its results.
func TestFixes(t *testing.T) {
	t.Parallel()
	check := func(t *testing.T, _ *analysis.Analyzer, results []*analysistest.Result) { checkFixedFiles(t, results) }
	runScenarios(t, analysistest.RunWithSuggestedFixes,
		// Fixes checks each rewrite of testdata/src/fixes against its
		// .golden file (the file after all of its fixes), and each no-fix
		// reason against its // want comment. Each scenario sits beside its
		// twin that must get no fix.
		scenario{name: "Fixes", cfg: fixesConfig, patterns: []string{"fixes/..."}, check: check},
		// FixInternal checks the visibility rule with an internal accessor
		// package: a package gets a fix only if it imports the accessor's
		// package itself, which outside the tree it cannot.
		scenario{name: "FixInternal", cfg: analyzer.Config{
			Allow:  []string{"internalfix/tree/internal/store"},
			Shared: []string{"internalfix/tree/internal/store.Pool"},
		}, patterns: []string{"internalfix/tree/...", "internalfix/outside"}, check: check},
		// FixBadAccessor checks the reason given when a -shared entry names
		// a function that takes parameters.
		scenario{name: "FixBadAccessor", cfg: analyzer.Config{
			Allow:  []string{"internalfix/badacc/db"},
			Shared: []string{"internalfix/badacc/db.Open"},
		}, patterns: []string{"internalfix/badacc/..."}, check: check},
		// FixFuncAccessor checks a function accessor: the fix calls it.
		scenario{name: "FixFuncAccessor", cfg: analyzer.Config{
			Allow:  []string{"fixes/db"},
			Shared: []string{"fixes/db.SQL"},
		}, patterns: []string{"internalfix/funcacc"}, check: check},
	)
}

// checkFixedFiles is stricter than analysistest's golden comparison, which
// removes unused imports and ignores a golden file whose source got no fix:
//
//   - every fix offered in a file carries the same edit set (the engine
//     computes one per file, so any subset of fixes gives the same result),
//     and every package variant holding the file (pkg, pkg [pkg.test])
//     gives it the same edits;
//   - the edits of a file do not overlap and stay inside it;
//   - the file after the edits, gofmt'd, equals its gofmt'd .golden, with
//     nothing removed or sorted on the way;
//   - a file that has a .golden gets a fix, and a finding without a fix
//     says why in "(no fix: <reason>)".
func checkFixedFiles(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	fixed := map[string]bool{} // files that got a fix in some package variant
	goldens := map[string]bool{}
	// A file belongs to several package variants (pkg, pkg [pkg.test]);
	// each variant must give it the same edits, since drivers and hosts
	// see different variants.
	edits := map[string][]fixEdit{}
	variants := map[string]int{}
	for _, r := range results {
		if r.Pass == nil {
			continue
		}
		fset := r.Pass.Fset
		sets := map[string][][]fixEdit{} // file -> one edit set per fix
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) == 0 && d.Category == analyzer.CategoryConstruction && !hasNoFixReason(d.Message) {
				t.Errorf("%s: finding without a fix does not end in (no fix: <reason>): %s", fset.Position(d.Pos), d.Message)
			}
			if len(d.SuggestedFixes) > 1 {
				t.Errorf("%s: %d fixes on one finding, want at most one", fset.Position(d.Pos), len(d.SuggestedFixes))
			}
			for _, fix := range d.SuggestedFixes {
				byFile := map[string][]fixEdit{}
				for _, e := range fix.TextEdits {
					tf := fset.File(e.Pos)
					if tf == nil || e.End < e.Pos || int(e.End) > tf.Base()+tf.Size() {
						t.Errorf("%s: fix %q has an edit outside any one file", fset.Position(d.Pos), fix.Message)
						continue
					}
					byFile[tf.Name()] = append(byFile[tf.Name()], fixEdit{tf.Offset(e.Pos), tf.Offset(e.End), string(e.NewText)})
				}
				for name, es := range byFile {
					sets[name] = append(sets[name], es)
				}
			}
		}
		for _, file := range r.Pass.Files {
			name := fset.File(file.Pos()).Name()
			fileSets := sets[name]
			for i := 1; i < len(fileSets); i++ {
				if !sameEdits(fileSets[0], fileSets[i]) {
					t.Errorf("%s: the fixes of one file carry different edit sets:\n%v\n%v", name, fileSets[0], fileSets[i])
					break
				}
			}
			all := sortedEdits(slices.Concat(fileSets...))
			if variants[name] > 0 && !slices.Equal(edits[name], all) {
				t.Errorf("%s: package variants disagree on its fixes (%s):\n%v\n%v", name, r.Pass.Pkg.Path(), edits[name], all)
			}
			variants[name]++
			edits[name] = all
			want, err := os.ReadFile(name + ".golden")
			if err != nil {
				if len(fileSets) > 0 {
					t.Errorf("%s: fixed, but has no .golden file", name)
				}
				continue
			}
			goldens[name] = true
			if len(fileSets) == 0 {
				continue
			}
			fixed[name] = true
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			got, err := applyFixEdits(src, all)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if err := sameSource(got, want); err != nil {
				t.Errorf("%s: after all fixes, %v", name, err)
			}
		}
	}
	for name := range goldens {
		if !fixed[name] {
			t.Errorf("%s: has a .golden file but got no fix", name)
		}
	}
}

// hasNoFixReason reports whether msg ends in " (no fix: <reason>)".
func hasNoFixReason(msg string) bool {
	i := strings.LastIndex(msg, " (no fix: ")
	return i >= 0 && strings.HasSuffix(msg, ")") && len(msg)-i > len(" (no fix: )")
}

// fixEdit is a text edit by byte offsets in one file.
type fixEdit struct {
	start, end int
	text       string
}

func sameEdits(x, y []fixEdit) bool {
	x, y = sortedEdits(x), sortedEdits(y)
	return slices.Equal(x, y)
}

// sortedEdits drops exact duplicates, as the drivers do when they merge
// the fixes of a file, and sorts the rest by position (stably: insertions
// at one point keep their order).
func sortedEdits(es []fixEdit) []fixEdit {
	seen := map[fixEdit]bool{}
	var out []fixEdit
	for _, e := range es {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end < out[j].end
	})
	return out
}

// applyFixEdits applies edits (duplicates merged) to src, refusing overlaps
// and edits beyond the end of the file.
func applyFixEdits(src []byte, es []fixEdit) ([]byte, error) {
	es = sortedEdits(es)
	var out bytes.Buffer
	last := 0
	for _, e := range es {
		if e.start < last || e.end < e.start || e.end > len(src) {
			return nil, fmt.Errorf("overlapping or out-of-range edit %v (previous edit ended at %d, file size %d)", e, last, len(src))
		}
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// sameSource compares two Go files after gofmt, and only gofmt.
func sameSource(got, want []byte) error {
	g, err := format.Source(got)
	if err != nil {
		return fmt.Errorf("the result does not parse: %v\n%s", err, got)
	}
	w, err := format.Source(want)
	if err != nil {
		return fmt.Errorf("the golden file does not parse: %v", err)
	}
	if bytes.Equal(g, w) {
		return nil
	}
	return fmt.Errorf("got (-) and golden (+) differ:\n%s", lineDiff(string(g), string(w)))
}

// lineDiff is a small LCS line diff for test failures.
func lineDiff(a, b string) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	n, m := len(x), len(y)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var sb strings.Builder
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			sb.WriteString("  " + x[i] + "\n")
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			sb.WriteString("+ " + y[j] + "\n")
			j++
		default:
			sb.WriteString("- " + x[i] + "\n")
			i++
		}
	}
	return sb.String()
}

// TestFixGoldensCompile type-checks every fixture package with each .go
// file replaced by its .golden, as the test variant and the external test
// package too, against the stubs under testdata/src: a golden file that
// would not build (an unused variable or import, a missing one) fails.
func TestFixGoldensCompile(t *testing.T) {
	t.Parallel()
	src := filepath.Join(analysistest.TestData(), "src")
	var dirs []string
	for _, root := range []string{"fixes", "internalfix"} {
		err := filepath.WalkDir(filepath.Join(src, root), func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go.golden") && !slices.Contains(dirs, filepath.Dir(path)) {
				dirs = append(dirs, filepath.Dir(path))
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(dirs) < 20 {
		t.Fatalf("found golden files in %d packages, want the whole corpus", len(dirs))
	}
	imp := newGoldenImporter(src)
	for _, dir := range dirs {
		rel, _ := filepath.Rel(src, dir)
		path := filepath.ToSlash(rel)
		t.Run(path, func(t *testing.T) {
			lib, test, xtest, err := imp.parseDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(lib) > 0 {
				if _, err := imp.check(path, lib); err != nil {
					t.Errorf("package: %v", err)
				}
			}
			if len(test) > 0 {
				if _, err := imp.check(path, append(slices.Clone(lib), test...)); err != nil {
					t.Errorf("test variant: %v", err)
				}
			}
			if len(xtest) > 0 {
				if _, err := imp.check(path+"_test", xtest); err != nil {
					t.Errorf("external test package: %v", err)
				}
			}
		})
	}
}

// TestFixGoldensVet runs go vet (which type-checks and builds export data)
// over the fixture tree as it is after every fix: each .go file replaced by
// its .golden, test files and external test packages included, in GOPATH
// mode against the stubs.
func TestFixGoldensVet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	src := filepath.Join(analysistest.TestData(), "src")
	gopath := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		// WalkDir is lexical: x.go.golden comes after x.go and replaces it.
		rel = strings.TrimSuffix(rel, ".golden")
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dst := filepath.Join(gopath, "src", rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "vet", "fixes/...", "internalfix/...")
	cmd.Dir = gopath
	cmd.Env = append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go vet on the fixtures after their fixes: %v\n%s", err, out)
	}
}

// goldenImporter imports the packages under testdata/src from source, each
// .go file replaced by its .golden if it has one, and everything else
// (the standard library) from export data.
type goldenImporter struct {
	src  string
	fset *token.FileSet
	std  types.Importer
	pkgs map[string]*types.Package
}

func newGoldenImporter(src string) *goldenImporter {
	fset := token.NewFileSet()
	return &goldenImporter{src: src, fset: fset, std: importer.ForCompiler(fset, "gc", nil), pkgs: map[string]*types.Package{}}
}

func (g *goldenImporter) Import(path string) (*types.Package, error) {
	if p := g.pkgs[path]; p != nil {
		return p, nil
	}
	dir := filepath.Join(g.src, filepath.FromSlash(path))
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		p, err := g.std.Import(path)
		if err == nil {
			g.pkgs[path] = p
		}
		return p, err
	}
	lib, _, _, err := g.parseDir(dir)
	if err != nil {
		return nil, err
	}
	p, err := g.check(path, lib)
	if err != nil {
		return nil, fmt.Errorf("importing %s: %v", path, err)
	}
	g.pkgs[path] = p
	return p, nil
}

// parseDir parses a package directory: its files, its in-package test
// files and its external test files, each .go replaced by its .golden.
func (g *goldenImporter) parseDir(dir string) (lib, test, xtest []*ast.File, err error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, nil, nil, err
	}
	for _, name := range names {
		content, err := os.ReadFile(name + ".golden")
		if err != nil {
			content, err = os.ReadFile(name)
		} else {
			name += ".golden"
		}
		if err != nil {
			return nil, nil, nil, err
		}
		f, err := parser.ParseFile(g.fset, name, content, parser.ParseComments)
		if err != nil {
			return nil, nil, nil, err
		}
		switch {
		case !strings.Contains(filepath.Base(name), "_test.go"):
			lib = append(lib, f)
		case strings.HasSuffix(f.Name.Name, "_test"):
			xtest = append(xtest, f)
		default:
			test = append(test, f)
		}
	}
	return lib, test, xtest, nil
}

func (g *goldenImporter) check(path string, files []*ast.File) (*types.Package, error) {
	var errs []string
	conf := types.Config{Importer: g, Error: func(err error) { errs = append(errs, err.Error()) }}
	p, _ := conf.Check(path, g.fset, files, nil)
	if len(errs) > 0 {
		return nil, fmt.Errorf("%d type errors:\n\t%s", len(errs), strings.Join(errs, "\n\t"))
	}
	return p, nil
}

// TestFixCorpusSize keeps the golden corpus from shrinking unnoticed: it
// counts the findings that expect a fix and those that expect a reason.
func TestFixCorpusSize(t *testing.T) {
	var fixes, reasons int
	root := filepath.Join(analysistest.TestData(), "src", "fixes")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		b, err := os.ReadFile(path)
		for _, line := range strings.Split(string(b), "\n") {
			switch {
			case strings.Contains(line, "// want `") && strings.Contains(line, "(no fix: "):
				reasons++
			case strings.Contains(line, "// want `") && strings.Contains(line, " instead"):
				fixes++
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d findings with a fix, %d with a no-fix reason", fixes, reasons)
	if fixes < 70 || reasons < 70 {
		t.Errorf("the corpus has %d findings with a fix and %d with a reason, want at least 70 of each", fixes, reasons)
	}
}
