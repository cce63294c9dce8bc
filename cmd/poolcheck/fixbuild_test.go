package main_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/poolcheck/poolcheck/internal/textedit"
)

// The fixture packages that have fixes are those of the analyzer's
// testdata/src (a GOPATH tree: the stubs of pgx, go-redis ... live there
// under their import paths) with a -shared configuration: the golden
// scenarios of fixes/..., the internal/ scenarios and the fuzz seeds of
// fuzzshared/... Each group is analysed with its own flags.
type fixGroup struct {
	name     string
	allow    string
	shared   []string
	patterns []string
}

func fixGroups(t *testing.T) []fixGroup {
	t.Helper()
	// TestFixes's accessors, read from its source so that the two stay in
	// step (fix_test.go belongs to the golden scenarios).
	src, err := os.ReadFile("../../analyzer/fix_test.go")
	if err != nil {
		t.Fatal(err)
	}
	var fixes []string
	for _, m := range regexp.MustCompile(`"(fixes/db\.\w+)"`).FindAllStringSubmatch(string(src), -1) {
		if !slices.Contains(fixes, m[1]) {
			fixes = append(fixes, m[1])
		}
	}
	if len(fixes) == 0 {
		t.Fatal("analyzer/fix_test.go names no fixes/db accessor")
	}
	return []fixGroup{
		{"fixes", "fixes/db", fixes, []string{"fixes/..."}},
		{"internalfix", "internalfix/tree/internal/store", []string{"internalfix/tree/internal/store.Pool"}, []string{"internalfix/..."}},
		{"fuzzshared", "fuzzshared/db", []string{"fuzzshared/db.Pool", "fuzzshared/db.Cache", "fuzzshared/db.PG"}, []string{"fuzzshared/..."}},
	}
}

func (g fixGroup) flags() []string {
	return []string{"-allow=" + g.allow, "-shared=" + strings.Join(g.shared, ",")}
}

// fixtureGOPATH copies analyzer/testdata/src to a new GOPATH and returns
// it with the environment that builds and analyses it in GOPATH mode
// (singlechecker, go build and go vet all support it).
func fixtureGOPATH(t *testing.T) (gopath string, env []string) {
	t.Helper()
	gopath = t.TempDir()
	src := filepath.Join("..", "..", "analyzer", "testdata", "src")
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		dst := filepath.Join(gopath, "src", rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	env = append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off", "GOPROXY=off")
	return gopath, env
}

// runIn runs name args in dir with env and returns stdout, stderr and the
// exit code.
func runIn(t *testing.T, dir string, env []string, name string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = dir, env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), code
}

// A finding as the -json output of singlechecker and go vet prints it.
type jsonDiag struct {
	Category       string    `json:"category"`
	Posn           string    `json:"posn"`
	End            string    `json:"end"`
	Message        string    `json:"message"`
	SuggestedFixes []jsonFix `json:"suggested_fixes"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

// finding is a jsonDiag with its package and positions relative to the
// GOPATH's src, comparable between hosts.
type finding struct {
	pkg string // as the host names it: "p", "p [p.test]"
	jsonDiag
}

// key identifies a finding across hosts: its place and message.
func (f finding) key() string { return f.Posn + ": " + f.Message }

// String is everything a host reports about a finding: place, category,
// message and the fixes with their edits.
func (f finding) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s-%s [%s] %s", f.Posn, f.End, f.Category, f.Message)
	for _, fx := range f.SuggestedFixes {
		fmt.Fprintf(&b, "\n\tfix %q:", fx.Message)
		for _, e := range sortedEdits(fx.Edits) {
			fmt.Fprintf(&b, "\n\t\t%s [%d,%d) %q", e.Filename, e.Start, e.End, e.New)
		}
	}
	return b.String()
}

func sortedEdits(edits []jsonEdit) []jsonEdit {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(x, y jsonEdit) int {
		return cmp.Or(strings.Compare(x.Filename, y.Filename), cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
	})
	return edits
}

// parseJSON reads the -json output of singlechecker (one object) or of go
// vet (one object per package, each after a "# pkg" line) and returns the
// findings of poolcheck, file names made relative to gopath/src. An
// analysis error of a package fails the test.
func parseJSON(t *testing.T, gopath, out string) []finding {
	t.Helper()
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	dec := json.NewDecoder(strings.NewReader(strings.Join(lines, "\n")))
	root := filepath.Join(gopath, "src") + string(filepath.Separator)
	var all []finding
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("-json output: %v\n%s", err, out)
		}
		for pkg, byAnalyzer := range tree {
			raw, ok := byAnalyzer["poolcheck"]
			if !ok {
				continue
			}
			var diags []jsonDiag
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Errorf("%s: poolcheck failed: %s", pkg, raw)
				continue
			}
			for _, d := range diags {
				d.Posn = strings.TrimPrefix(d.Posn, root)
				d.End = strings.TrimPrefix(d.End, root)
				for i := range d.SuggestedFixes {
					for j := range d.SuggestedFixes[i].Edits {
						e := &d.SuggestedFixes[i].Edits[j]
						e.Filename = strings.TrimPrefix(e.Filename, root)
					}
				}
				all = append(all, finding{pkg, d})
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].key() < all[j].key() })
	return all
}

// dedupe merges the findings of a file analysed in several packages (p and
// p [p.test]): they must be identical, or the hosts that see the file once
// (go vet sees only p [p.test]) would differ from those that see it twice.
func dedupe(t *testing.T, what string, fs []finding) []finding {
	t.Helper()
	var out []finding
	for _, f := range fs {
		if i := len(out) - 1; i >= 0 && out[i].key() == f.key() {
			if out[i].String() != f.String() {
				t.Errorf("%s: the same finding differs between packages %s and %s:\n%s\n%s", what, out[i].pkg, f.pkg, out[i], f)
			}
			continue
		}
		out = append(out, f)
	}
	return out
}

// TestFixBuild applies the fixes of every fixture package that has some,
// in two ways, and builds and vets the result:
//
//   - poolcheck -fix, which applies them through go/analysis's driver (a
//     three-way merge, then gofmt and removal of imports left unused);
//   - the edits of poolcheck -json applied as they are, merged the same
//     way but not formatted and with no import clean-up, as golangci-lint
//     without goimports does: the engine's own proof must suffice.
//
// A second poolcheck run on the fixed packages must report exactly the
// findings that had no fix, each with the same message, and no fix.
func TestFixBuild(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("slow end-to-end test: runs in go test ./..., skipped under -short")
	}
	gopath, env := fixtureGOPATH(t)
	raw, rawEnv := fixtureGOPATH(t)
	bin := poolcheck(t)
	dir := filepath.Join(gopath, "src")
	for _, g := range fixGroups(t) {
		t.Run(g.name, func(t *testing.T) {
			out, stderr, code := runIn(t, dir, env, bin, append(append(g.flags(), "-json"), g.patterns...)...)
			if code != 0 {
				t.Fatalf("poolcheck -json %s: exit %d\n%s", strings.Join(g.patterns, " "), code, stderr)
			}
			before := dedupe(t, "first run", parseJSON(t, gopath, out))
			var pkgs []string
			var noFix []string
			fixed := 0
			for _, f := range before {
				if len(f.SuggestedFixes) == 0 {
					noFix = append(noFix, fileOf(f.Posn)+": "+f.Message)
					continue
				}
				fixed++
				pkg := strings.TrimSuffix(strings.Fields(f.pkg)[0], "_test")
				if !slices.Contains(pkgs, pkg) {
					pkgs = append(pkgs, pkg)
				}
			}
			if fixed == 0 {
				t.Fatalf("no finding of %s has a fix: the test proves nothing", strings.Join(g.patterns, " "))
			}
			slices.Sort(pkgs)
			t.Logf("%d findings with a fix in %d packages, %d without", fixed, len(pkgs), len(noFix))

			// The packages must build and vet before the fixes.
			for _, args := range [][]string{append([]string{"build"}, pkgs...), append([]string{"vet"}, pkgs...)} {
				if _, stderr, code := runIn(t, dir, env, "go", args...); code != 0 {
					t.Fatalf("before the fixes: go %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
				}
			}

			// poolcheck -fix.
			if _, stderr, code := runIn(t, dir, env, bin, append(append(g.flags(), "-fix"), pkgs...)...); code != 0 {
				t.Errorf("poolcheck -fix: exit %d\n%s", code, stderr)
			}
			buildAndVet(t, "after poolcheck -fix", dir, env, pkgs)
			out, stderr, code = runIn(t, dir, env, bin, append(append(g.flags(), "-json"), pkgs...)...)
			if code != 0 {
				t.Fatalf("second poolcheck -json: exit %d\n%s", code, stderr)
			}
			var after []string
			for _, f := range dedupe(t, "second run", parseJSON(t, gopath, out)) {
				if len(f.SuggestedFixes) > 0 {
					t.Errorf("after -fix, a finding still has a fix: %s", f)
				}
				after = append(after, fileOf(f.Posn)+": "+f.Message)
			}
			var want []string
			for _, nf := range noFix {
				if slices.Contains(pkgs, pkgOf(nf)) {
					want = append(want, nf)
				}
			}
			slices.Sort(after)
			slices.Sort(want)
			if !slices.Equal(after, want) {
				t.Errorf("after -fix, poolcheck reports\n\t%s\nwant the findings that had no fix\n\t%s",
					strings.Join(after, "\n\t"), strings.Join(want, "\n\t"))
			}

			// The raw edits.
			applyRaw(t, filepath.Join(raw, "src"), before)
			buildAndVet(t, "after applying the -json edits unformatted", filepath.Join(raw, "src"), rawEnv, pkgs)
		})
	}
}

// fileOf is the file of a "file:line:col" position.
func fileOf(posn string) string {
	if i := strings.Index(posn, ".go:"); i >= 0 {
		return posn[:i+3]
	}
	return posn
}

// pkgOf is the package directory of a "file: message" line.
func pkgOf(line string) string {
	return filepath.ToSlash(filepath.Dir(fileOf(line)))
}

func buildAndVet(t *testing.T, when, dir string, env, pkgs []string) {
	t.Helper()
	for _, verb := range []string{"build", "vet"} {
		if _, stderr, code := runIn(t, dir, env, "go", append([]string{verb}, pkgs...)...); code != 0 {
			t.Errorf("%s: go %s: exit %d\n%s", when, verb, code, stderr)
		}
	}
}

// applyRaw applies the first fix of each finding to the files under src,
// merging them fix by fix as go/analysis drivers do (identical edits
// coalesce); a conflict fails the test.
func applyRaw(t *testing.T, src string, fs []finding) {
	t.Helper()
	byFile := map[string][]textedit.Edit{}
	for _, f := range fs {
		if len(f.SuggestedFixes) == 0 {
			continue
		}
		perFile := map[string][]textedit.Edit{}
		for _, e := range sortedEdits(f.SuggestedFixes[0].Edits) {
			perFile[e.Filename] = append(perFile[e.Filename], textedit.Edit{Start: e.Start, End: e.End, New: e.New})
		}
		for file, edits := range perFile {
			merged, ok := textedit.Merge(byFile[file], edits)
			if !ok {
				t.Errorf("the fix of %s conflicts with the fixes before it in %s", f.key(), file)
				continue
			}
			byFile[file] = merged
		}
	}
	for file, edits := range byFile {
		path := filepath.Join(src, file)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, textedit.Apply(data, edits), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
