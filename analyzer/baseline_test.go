package analyzer_test

import (
	"bytes"
	"fmt"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// baselineScenarios run in TestScenarios.
var baselineScenarios = []scenario{
	// BaselineAnalysistest: only the findings that are not in
	// testdata/src/adopt/adopt.baseline are reported, whatever the
	// baseline's stale entries say.
	{name: "BaselineAnalysistest", cfg: analyzer.Config{Baseline: filepath.Join(analysistest.TestData(), "src/adopt/adopt.baseline")}, patterns: []string{"adopt/app"}},
}

func TestBaselineFormat(t *testing.T) {
	keys := []analyzer.BaselineKey{
		{Package: "example.com/b", Decl: "F", Category: "construction", Subject: "database/sql.Open", N: 10},
		{Package: "example.com/b", Decl: "F", Category: "construction", Subject: "database/sql.Open", N: 2},
		{Package: "example.com/a", Decl: "Store.Open", Category: "construction", Subject: "(*github.com/gocql/gocql.ClusterConfig).CreateSession", N: 1},
		{Package: "example.com/b", Decl: "F", Category: "construction", Subject: "database/sql.Open", N: 2}, // duplicate
		{Package: "example.com/a", Decl: "F", Category: "shared-close", Subject: "Close db.Pool", N: 1},
	}
	var buf bytes.Buffer
	if err := analyzer.WriteBaseline(&buf, keys); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	if !strings.HasPrefix(text, "# poolcheck baseline v1\n") {
		t.Errorf("written baseline does not start with the version line:\n%s", text)
	}
	var entries []string
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		if !strings.HasPrefix(line, "#") {
			entries = append(entries, line)
		}
	}
	want := []string{
		"example.com/a F shared-close Close_db.Pool #1",
		"example.com/a Store.Open construction (*github.com/gocql/gocql.ClusterConfig).CreateSession #1",
		"example.com/b F construction database/sql.Open #2",
		"example.com/b F construction database/sql.Open #10",
	}
	if !slices.Equal(entries, want) {
		t.Errorf("entries:\n%s\nwant (sorted, #2 before #10, no duplicate, no whitespace inside a field):\n%s", strings.Join(entries, "\n"), strings.Join(want, "\n"))
	}

	// Round trip, and what readers tolerate: CRLF, a byte-order mark,
	// tabs and runs of spaces, blank lines, comments.
	read, err := analyzer.ReadBaseline(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	analyzer.WriteBaseline(&again, read)
	if again.String() != text {
		t.Errorf("write(read(write(keys))) differs:\n%s\nwant:\n%s", again.String(), text)
	}
	edited := "\uFEFF# poolcheck baseline v1\r\n\r\n# a comment\r\nexample.com/b\tF  construction database/sql.Open #2\r\n"
	read, err = analyzer.ReadBaseline(strings.NewReader(edited))
	if err != nil || len(read) != 1 || read[0].String() != "example.com/b F construction database/sql.Open #2" {
		t.Errorf("hand-edited baseline: %v, %v", read, err)
	}

	for _, tc := range []struct{ text, want string }{
		{"example.com/b F construction database/sql.Open\n", `line 1: malformed entry "example.com/b F construction database/sql.Open": want 5 fields`},
		{"# ok\nexample.com/b F construction database/sql.Open #0\n", `line 2: malformed entry`},
		{"example.com/b F construction database/sql.Open #01\n", `is not an occurrence #1, #2, ...`},
		{"example.com/b F construction database/sql.Open 1\n", `the last field "1" is not an occurrence`},
		{"<<<<<<< HEAD\n", `line 1: malformed entry "<<<<<<< HEAD"`},
		{"# poolcheck baseline v2\n", `line 1: format version 2, this poolcheck reads version 1`},
	} {
		if _, err := analyzer.ReadBaseline(strings.NewReader(tc.text)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadBaseline(%q) = %v, want an error containing %q", tc.text, err, tc.want)
		}
	}
}

// TestBaselineStartupErrors: a baseline that cannot be read stops the
// analyzer before any package, naming the file and what to do.
func TestBaselineStartupErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.baseline")
	os.WriteFile(bad, []byte("# poolcheck baseline v1\nnot a key\n"), 0o644)
	for _, tc := range []struct{ path, want string }{
		{filepath.Join(dir, "missing.baseline"), "no such file or directory (write it with poolcheck -write-baseline "},
		{"missing.baseline", "go vet runs poolcheck in each package's directory, so give it an absolute path"},
		{bad, `line 2: malformed entry "not a key"`},
		{dir, "is a directory"},
	} {
		_, err := analyzer.NewAnalyzer(analyzer.Config{Baseline: tc.path})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "-baseline "+tc.path+": ") {
			t.Errorf("NewAnalyzer(Baseline: %s) error %v, want one starting with -baseline %[1]s and containing %q", tc.path, err, tc.want)
		}
		// As a flag, the same error at parse time (the flag package names
		// the flag and the value).
		a := newAnalyzer(t, analyzer.Config{})
		if err := a.Flags.Set(analyzer.FlagBaseline, tc.path); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("-baseline=%s: error %v, want one containing %q", tc.path, err, tc.want)
		}
	}
}

// baselineModule is version 1 of a small service: a sanctioned package, a
// handler package with constructions in a handler, a function, a method and
// its external test package, which has a function of the same name.
var baselineModule = map[string]string{
	"go.mod": "module example.com/app\n\ngo 1.26\n",
	"db/db.go": `package db

import "database/sql"

var Pool, _ = sql.Open("pgx", "")

func init() { Pool.SetMaxOpenConns(10) }
`,
	"handlers/handlers.go": `package handlers

import (
	"database/sql"
	"net/http"
)

func Users(w http.ResponseWriter, r *http.Request) {
	db, _ := sql.Open("pgx", "")
	_ = db
}

func report() *sql.DB {
	db, _ := sql.Open("pgx", "report")
	return db
}

type Store struct{}

func (s *Store) Open() (*sql.DB, error) { return sql.Open("pgx", "") }

func helper() int { return 1 }
`,
	"handlers/handlers_test.go": `package handlers_test

import (
	"database/sql"
	"testing"
)

func report() { sql.Open("pgx", "test") }

func TestReport(t *testing.T) { report() }
`,
}

// edit returns a copy of files with the changes applied: "name" => content
// replaces or adds a file, "name" => "" removes it.
func edit(files map[string]string, changes ...string) map[string]string {
	out := maps.Clone(files)
	for i := 0; i < len(changes); i += 2 {
		if changes[i+1] == "" {
			delete(out, changes[i])
		} else {
			out[changes[i]] = changes[i+1]
		}
	}
	return out
}

// replace returns files[name] with old replaced by new, which must occur.
func replace(t *testing.T, files map[string]string, name, old, new string) string {
	t.Helper()
	if !strings.Contains(files[name], old) {
		t.Fatalf("%s does not contain %q", name, old)
	}
	return strings.Replace(files[name], old, new, 1)
}

// runModule writes files to a fresh module directory and analyses it with
// cfg. It returns the baseline keys of every finding (once for a package
// and its test variant) and the reported findings as "file:line: message".
func runModule(t *testing.T, files map[string]string, cfg analyzer.Config) (keys, reported []string) {
	t.Helper()
	dir := t.TempDir()
	pkgs, err := loadModule(dir, files)
	if err != nil {
		t.Fatal(err)
	}
	return analyzeModule(t, dir, pkgs, cfg)
}

// runV1 is runModule on baselineModule, which is written and loaded once
// (go list compiles the module for export data: about a second) for the
// six runs that analyse it unchanged.
func runV1(t *testing.T, cfg analyzer.Config) (keys, reported []string) {
	t.Helper()
	baselineV1.once.Do(func() {
		if baselineV1.dir, baselineV1.err = os.MkdirTemp("", "poolcheck-baseline-v1"); baselineV1.err == nil {
			baselineV1.pkgs, baselineV1.err = loadModule(baselineV1.dir, baselineModule)
		}
	})
	if baselineV1.err != nil {
		t.Fatal(baselineV1.err)
	}
	return analyzeModule(t, baselineV1.dir, baselineV1.pkgs, cfg)
}

var baselineV1 struct {
	once sync.Once
	dir  string // removed by TestMain
	pkgs []*packages.Package
	err  error
}

// loadModule writes files to dir and loads the module's packages.
func loadModule(dir string, files map[string]string) ([]*packages.Package, error) {
	for name, content := range files {
		path := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			return nil, err
		}
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Dir: dir, Tests: true, Env: append(os.Environ(), "GOWORK=off")}, "./...")
	if err != nil {
		return nil, err
	}
	if packages.PrintErrors(pkgs) > 0 {
		return nil, fmt.Errorf("the module does not load")
	}
	return pkgs, nil
}

// analyzeModule analyses the packages of the module in dir with cfg; see
// runModule.
func analyzeModule(t *testing.T, dir string, pkgs []*packages.Package, cfg analyzer.Config) (keys, reported []string) {
	t.Helper()
	a := newAnalyzer(t, cfg)
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	seenKey, seenDiag := map[string]bool{}, map[string]bool{}
	for act := range graph.All() {
		if !act.IsRoot || act.Analyzer != a {
			continue
		}
		if act.Err != nil {
			t.Fatal(act.Err)
		}
		for _, f := range act.Result.(*analyzer.Result).Findings {
			if k := f.Key.String(); !seenKey[k] {
				seenKey[k] = true
				keys = append(keys, k)
			}
		}
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			rel, _ := filepath.Rel(dir, posn.Filename)
			s := fmt.Sprintf("%s:%d: %s", filepath.ToSlash(rel), posn.Line, d.Message)
			if !seenDiag[s] {
				seenDiag[s] = true
				reported = append(reported, s)
			}
		}
	}
	slices.Sort(keys)
	slices.Sort(reported)
	return keys, reported
}

// writeBaseline writes keys to a baseline file and returns its path.
func writeBaseline(t *testing.T, keys []string) string {
	t.Helper()
	var parsed []analyzer.BaselineKey
	for _, k := range keys {
		bk, err := analyzer.ParseBaselineKey(k)
		if err != nil {
			t.Fatalf("key %q: %v", k, err)
		}
		if bk.String() != k {
			t.Fatalf("key %q does not round-trip: %q", k, bk.String())
		}
		parsed = append(parsed, bk)
	}
	path := filepath.Join(t.TempDir(), "poolcheck.baseline")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := analyzer.WriteBaseline(f, parsed); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBaselineKeys(t *testing.T) {
	t.Parallel()
	keys, reported := runV1(t, analyzer.Config{})
	want := []string{
		"example.com/app/db Pool construction database/sql.Open #1",
		"example.com/app/handlers Store.Open construction database/sql.Open #1",
		"example.com/app/handlers Users repeated-construction database/sql.Open #1",
		"example.com/app/handlers report construction database/sql.Open #1",
		// The external test package's report is another function.
		"example.com/app/handlers_test report construction database/sql.Open #1",
	}
	if !slices.Equal(keys, want) {
		t.Errorf("keys:\n%s\nwant:\n%s", strings.Join(keys, "\n"), strings.Join(want, "\n"))
	}
	if len(reported) != 5 {
		t.Errorf("without a baseline, %d findings reported, want 5:\n%s", len(reported), strings.Join(reported, "\n"))
	}

	// Round trip: with its own baseline nothing is reported, and the
	// findings still carry their keys.
	base := writeBaseline(t, keys)
	again, reported := runV1(t, analyzer.Config{Baseline: base})
	if len(reported) != 0 || !slices.Equal(again, keys) {
		t.Errorf("with its own baseline: reported\n%s\nkeys\n%s", strings.Join(reported, "\n"), strings.Join(again, "\n"))
	}
	// Keys do not depend on -allow: sanctioning db leaves the others matched.
	if _, reported := runV1(t, analyzer.Config{Baseline: base, Allow: []string{"example.com/app/db"}}); len(reported) != 0 {
		t.Errorf("with -allow and the baseline written without it: reported\n%s", strings.Join(reported, "\n"))
	}
}

// TestBaselineSurvivesEdits: moving code, renaming unrelated declarations,
// aliasing the import and renaming the file keep every key.
func TestBaselineSurvivesEdits(t *testing.T) {
	t.Parallel()
	keys, _ := runV1(t, analyzer.Config{})
	base := writeBaseline(t, keys)

	h := baselineModule["handlers/handlers.go"]
	h = strings.Replace(h, "import (\n\t\"database/sql\"", "import (\n\tstdsql \"database/sql\"", 1)
	h = strings.ReplaceAll(h, "sql.", "stdsql.")
	h = strings.Replace(h, "func helper() int { return 1 }", "func renamedHelper() int { return 2 }", 1)
	// Lines above everything, and report moved above Users.
	h = strings.Replace(h, "func Users(", "// Added lines.\n//\n//\n\nfunc unrelated() {}\n\n"+
		"func report() *stdsql.DB {\n\tdb, _ := stdsql.Open(\"pgx\", \"report\")\n\treturn db\n}\n\nfunc Users(", 1)
	h = strings.Replace(h, "func report() *stdsql.DB {\n\tdb, _ := stdsql.Open(\"pgx\", \"report\")\n\treturn db\n}\n\ntype", "type", 1)
	if strings.Count(h, "func report") != 1 || !strings.Contains(h, "stdsql.Open") {
		t.Fatalf("edit went wrong:\n%s", h)
	}
	edited := edit(baselineModule,
		"handlers/handlers.go", "",
		"handlers/server.go", h, // renamed file
		"db/db.go", "package db\n\n// Comments\n// shift\n// lines.\n\nimport \"database/sql\"\n\nvar Other = 1\n\nvar Pool, _ = sql.Open(\"pgx\", \"\")\n\nfunc init() { Pool.SetMaxOpenConns(10) }\n",
	)
	got, reported := runModule(t, edited, analyzer.Config{Baseline: base})
	if len(reported) != 0 || !slices.Equal(got, keys) {
		t.Errorf("after unrelated edits: reported\n%s\nkeys\n%s\nwant none reported and keys\n%s", strings.Join(reported, "\n"), strings.Join(got, "\n"), strings.Join(keys, "\n"))
	}
}

// TestBaselineNewInSameFunction: a second construction in a function with a
// baselined one is reported; the baseline counts per function.
func TestBaselineNewInSameFunction(t *testing.T) {
	t.Parallel()
	keys, _ := runV1(t, analyzer.Config{})
	base := writeBaseline(t, keys)

	after := edit(baselineModule, "handlers/handlers.go", replace(t, baselineModule, "handlers/handlers.go",
		"\treturn db\n", "\tsecond, _ := sql.Open(\"pgx\", \"second\")\n\t_ = second\n\treturn db\n"))
	_, reported := runModule(t, after, analyzer.Config{Baseline: base})
	want := "handlers/handlers.go:15: sql.Open creates a new connection pool"
	if len(reported) != 1 || !strings.HasPrefix(reported[0], want) {
		t.Errorf("a second sql.Open in report: reported\n%s\nwant only %s...", strings.Join(reported, "\n"), want)
	}

	// Added above the baselined one, the count still goes up by one: the
	// finding reported is the last of the function's.
	before := edit(baselineModule, "handlers/handlers.go", replace(t, baselineModule, "handlers/handlers.go",
		"\tdb, _ := sql.Open(\"pgx\", \"report\")\n", "\tfirst, _ := sql.Open(\"pgx\", \"first\")\n\t_ = first\n\tdb, _ := sql.Open(\"pgx\", \"report\")\n"))
	_, reported = runModule(t, before, analyzer.Config{Baseline: base})
	if len(reported) != 1 || !strings.HasPrefix(reported[0], "handlers/handlers.go:16: sql.Open creates") {
		t.Errorf("a new sql.Open above the baselined one in report: reported\n%s\nwant one finding, at line 16", strings.Join(reported, "\n"))
	}

	// In the same package but in another function: reported.
	other := edit(baselineModule, "handlers/handlers.go", replace(t, baselineModule, "handlers/handlers.go",
		"func helper() int { return 1 }", "func helper() int { sql.Open(\"pgx\", \"\"); return 1 }"))
	_, reported = runModule(t, other, analyzer.Config{Baseline: base})
	if len(reported) != 1 || !strings.HasPrefix(reported[0], "handlers/handlers.go:22: sql.Open creates") {
		t.Errorf("a new sql.Open in helper: reported\n%s\nwant one finding, at line 22", strings.Join(reported, "\n"))
	}
}

// TestBaselineStaleEntries: entries whose findings are gone hide nothing
// elsewhere: not in another function, another package, or for another
// constructor in the same function.
func TestBaselineStaleEntries(t *testing.T) {
	t.Parallel()
	keys, _ := runV1(t, analyzer.Config{})
	stale := append(slices.Clone(keys),
		"example.com/app/handlers Gone construction database/sql.Open #1",
		"example.com/app/gone F construction database/sql.Open #1",
		"example.com/app/handlers report construction database/sql.Open #2",
	)
	base := writeBaseline(t, stale)

	// report and Store.Open no longer construct; new constructions appear
	// in helper, in a new package, and as OpenDB in Users.
	h := replace(t, baselineModule, "handlers/handlers.go", "\tdb, _ := sql.Open(\"pgx\", \"report\")\n\treturn db\n", "\treturn nil\n")
	h = strings.Replace(h, "return sql.Open(\"pgx\", \"\")", "return nil, nil", 1)
	h = strings.Replace(h, "func helper() int { return 1 }", "func helper() int { sql.Open(\"pgx\", \"\"); return 1 }", 1)
	h = strings.Replace(h, "\t_ = db\n", "\t_ = db\n\t_ = sql.OpenDB(nil)\n", 1)
	files := edit(baselineModule,
		"handlers/handlers.go", h,
		"jobs/jobs.go", "package jobs\n\nimport \"database/sql\"\n\nfunc F() { sql.Open(\"pgx\", \"\") }\n",
	)
	_, reported := runModule(t, files, analyzer.Config{Baseline: base})
	var where []string
	for _, r := range reported {
		where = append(where, r[:strings.Index(r, ": ")]+" "+strings.Fields(r)[1])
	}
	want := []string{"handlers/handlers.go:11 sql.OpenDB", "handlers/handlers.go:22 sql.Open", "jobs/jobs.go:5 sql.Open"}
	if !slices.Equal(where, want) {
		t.Errorf("with stale entries: reported\n%s\nwant findings at\n%s", strings.Join(reported, "\n"), strings.Join(want, "\n"))
	}
}

// compatRun analyses the packages of testdata/src/compat that pattern
// matches (with their test variants and test mains) with a, as
// analysistest.Run does (the same
// load, the checker's sanity checks) but without "// want" expectations:
// the compatibility fixture has none, its findings are compared with a
// baseline file instead. The packages are loaded once, for
// TestBaselineCompat and TestFindingFields.
func compatRun(t *testing.T, a *analysis.Analyzer, pattern string) []*checker.Action {
	t.Helper()
	compat.once.Do(func() {
		dir := analysistest.TestData()
		compat.pkgs, compat.err = packages.Load(&packages.Config{
			Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
				packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo |
				packages.NeedDeps | packages.NeedModule,
			Dir:   dir,
			Tests: true,
			Env:   append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
		}, "compat/...")
	})
	if compat.err != nil {
		t.Fatal(compat.err)
	}
	var roots []*packages.Package
	for _, p := range compat.pkgs {
		if matchPattern(pattern, strings.TrimSuffix(strings.TrimSuffix(p.PkgPath, ".test"), "_test")) {
			roots = append(roots, p)
		}
	}
	if len(roots) == 0 {
		t.Fatalf("%s matches no package", pattern)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, roots, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	return graph.Roots
}

var compat struct {
	once sync.Once
	pkgs []*packages.Package
	err  error
}

// TestBaselineCompat: the baselines that release 209ed0f wrote for
// testdata/src/compat (testdata/compat/v1-*.baseline, committed as written,
// before keys were computed from structured subjects) still match: every
// finding's key is in its file, nothing is reported, and no entry is
// stale. The fixture has a finding of every category and every kind of
// subject: functions, methods, literals, wrappers, the sanctioned
// package's constructors, settings and shared accessors.
func TestBaselineCompat(t *testing.T) {
	t.Parallel()
	withAllow := analyzer.Config{
		Allow:    []string{"compat/db"},
		Shared:   []string{"compat/db.Pool", "compat/db.Get"},
		MaxConns: 100,
		Wrappers: true,
	}
	for _, tc := range []struct {
		file string
		cfg  analyzer.Config
	}{
		{"v1-noallow.baseline", analyzer.Config{}},
		{"v1-allow.baseline", withAllow},
	} {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(analysistest.TestData(), "compat", tc.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			old, err := analyzer.ReadBaseline(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, k := range old {
				want = append(want, k.String())
			}
			cfg := tc.cfg
			cfg.Baseline = path
			seen := map[string]bool{}
			var got, reported []string
			for _, r := range compatRun(t, newAnalyzer(t, cfg), "compat/...") {
				if r.Err != nil {
					t.Fatalf("%s: %v", r.Package.PkgPath, r.Err)
				}
				for _, f := range r.Result.(*analyzer.Result).Findings {
					if k := f.Key.String(); !seen[k] {
						seen[k] = true
						got = append(got, k)
					}
				}
				for _, d := range r.Diagnostics {
					reported = append(reported, fmt.Sprintf("%s: %s", r.Package.Fset.Position(d.Pos), d.Message))
				}
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("keys now:\n%s\nkeys release 209ed0f wrote:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if len(reported) > 0 {
				t.Errorf("with the old baseline, reported:\n%s", strings.Join(reported, "\n"))
			}
		})
	}
}

// TestFindingFields: each finding carries what drivers need without
// reading its message: the subject (full name and name as written), and
// for constructions the client type, the loop, the handler and how it
// repeats.
func TestFindingFields(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t, analyzer.Config{Allow: []string{"compat/db"}, Shared: []string{"compat/db.Pool", "compat/db.Get"}})
	got := map[string]string{}
	for _, r := range compatRun(t, a, "compat/app") {
		for _, f := range r.Result.(*analyzer.Result).Findings {
			client := "-"
			if f.Client != nil {
				client = types.TypeString(f.Client, nil)
			}
			loop := 0
			if f.Loop.IsValid() {
				loop = r.Package.Fset.Position(f.Loop).Line
			}
			got[f.Key.String()] = fmt.Sprintf("%s|%s|%s|loop=%d|handler=%s|%s|%s", f.Subject.Name, f.Subject.Written, client, loop, f.Handler, f.Repeats, r.Result.(*analyzer.Result).Package)
		}
	}
	for key, want := range map[string]string{
		"compat/app Users repeated-construction database/sql.Open #1":                                 "database/sql.Open|stdsql.Open|*database/sql.DB|loop=0|handler=Users|runs on every request to Users|compat/app",
		"compat/app Users repeated-construction compat/db.Open #1":                                    "compat/db.Open|db.Open|*database/sql.DB|loop=0|handler=Users|runs on every request to Users|compat/app",
		"compat/app Batch repeated-construction database/sql.Open #1":                                 "database/sql.Open|stdsql.Open|*database/sql.DB|loop=40|handler=|runs on every iteration of the loop at line 40|compat/app",
		"compat/app Store.Open construction (*github.com/gocql/gocql.ClusterConfig).CreateSession #1": "(*github.com/gocql/gocql.ClusterConfig).CreateSession|(*gocql.ClusterConfig).CreateSession|*github.com/gocql/gocql.Session|loop=0|handler=||compat/app",
		"compat/app Store.Redis construction github.com/gomodule/redigo/redis.Pool{} #1":              "github.com/gomodule/redigo/redis.Pool{}|redis.Pool{}|*github.com/gomodule/redigo/redis.Pool|loop=0|handler=||compat/app",
		"compat/app CloseShared shared-close Close_db.Get() #1":                                       "compat/db.Get|db.Get()|-|loop=0|handler=||compat/app",
		"compat/app_test Users construction database/sql.Open #1":                                     "database/sql.Open|sql.Open|*database/sql.DB|loop=0|handler=||compat/app",
	} {
		if got[key] != want {
			t.Errorf("finding %s:\n got %q\nwant %q", key, got[key], want)
		}
	}
}
