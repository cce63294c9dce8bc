package main_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/poolcheck/poolcheck/internal/modcopy"
	"github.com/poolcheck/poolcheck/plugin"
)

// entries returns the keys of a baseline file.
func entries(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, line := range strings.Split(string(data), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			keys = append(keys, line)
		}
	}
	return keys
}

// findingLines returns the "file:line" of each finding printed in stderr,
// relative to dir.
func findingLines(dir, stderr string) []string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if line == "" {
			continue
		}
		line = strings.TrimPrefix(line, dir+string(filepath.Separator))
		parts := strings.SplitN(line, ":", 3)
		if len(parts) == 3 {
			line = parts[0] + ":" + parts[1]
		}
		out = append(out, line)
	}
	slices.Sort(out)
	return out
}

var shopFlags = []string{"-allow=example.com/shop/store", kvDial}

// TestWriteBaseline: -write-baseline records every finding; -baseline then
// reports only new ones, standalone and under go vet; rewriting drops what
// disappeared.
func TestWriteBaseline(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("slow end-to-end test: runs in go test ./..., skipped under -short")
	}
	dir := copyFixture(t, "shop")
	args := func(extra ...string) []string { return append(append(slices.Clone(shopFlags), extra...), "./...") }

	_, stderr, code := run(t, dir, args("-write-baseline", "poolcheck.baseline")...)
	if code != 0 || stderr != "poolcheck: wrote 7 findings to poolcheck.baseline\n" {
		t.Fatalf("-write-baseline: exit %d, stderr:\n%s", code, stderr)
	}
	base := filepath.Join(dir, "poolcheck.baseline")
	want := []string{
		"example.com/shop/api Batch repeated-construction database/sql.Open #1",
		"example.com/shop/api Orders repeated-construction database/sql.Open #1",
		"example.com/shop/cmd/migrate main construction database/sql.Open #1",
		"example.com/shop/cmd/migrate main construction example.com/shop/internal/kv.Dial #1",
		"example.com/shop/store Replica unbounded-pool database/sql.Open #1",
		"example.com/shop/worker New construction database/sql.Open #1",
		"example.com/shop/worker Worker.Reconnect construction database/sql.Open #1",
	}
	if got := entries(t, base); !slices.Equal(got, want) {
		t.Errorf("baseline entries:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	data, _ := os.ReadFile(base)
	if !strings.HasPrefix(string(data), "# poolcheck baseline v1\n#\n") {
		t.Errorf("baseline does not start with its header:\n%s", data)
	}

	// With the baseline: clean, standalone and under go vet.
	if _, stderr, code := run(t, dir, args("-baseline", "poolcheck.baseline")...); code != 0 || stderr != "" {
		t.Errorf("-baseline right after -write-baseline: exit %d, stderr:\n%s", code, stderr)
	}
	if got, other, code := goVet(t, dir, args("-baseline="+base)...); code != 0 || len(got) != 0 || other != "" {
		t.Errorf("go vet -baseline: exit %d, findings %v, other output:\n%s", code, got, other)
	}
	if p := inventoryOf(t, dir, nil, kvDial, "-baseline="+base, "./...").Proposal; p.New == nil || *p.New != 0 || p.Findings != 7 {
		t.Errorf("-inventory -baseline: %d findings, new %v; want 7 and 0 new", p.Findings, p.New)
	}

	// New code: a second construction in worker.New (which has a baselined
	// one), a function above it that shifts every line, and a new package.
	workerGo := filepath.Join(dir, "worker/worker.go")
	src, _ := os.ReadFile(workerGo)
	edited := strings.Replace(string(src), "// Worker processes jobs.", "func unrelated() {}\n\n// Worker processes jobs.", 1)
	edited = strings.Replace(edited, "\treturn &Worker{db: db}", "\tspare, _ := sql.Open(\"postgres\", os.Getenv(\"DATABASE_URL\"))\n\t_ = spare\n\treturn &Worker{db: db}", 1)
	write(t, dir, "worker/worker.go", edited)
	write(t, dir, "jobs/jobs.go", "package jobs\n\nimport \"database/sql\"\n\nfunc Run() { sql.Open(\"postgres\", \"\") }\n")
	_, stderr, code = run(t, dir, args("-baseline", "poolcheck.baseline")...)
	if got := findingLines(dir, stderr); code != 3 || !slices.Equal(got, []string{"jobs/jobs.go:5", "worker/worker.go:17"}) {
		t.Errorf("new constructions with the baseline: exit %d, findings %v, want exit 3 and jobs/jobs.go:5, worker/worker.go:17:\n%s", code, got, stderr)
	}
	if p := inventoryOf(t, dir, nil, kvDial, "-baseline="+base, "./...").Proposal; p.New == nil || *p.New != 2 || p.Findings != 9 {
		t.Errorf("-inventory -baseline after the additions: %d findings, new %v; want 9 and 2 new", p.Findings, p.New)
	}
	if got, _, code := goVet(t, dir, args("-baseline="+base)...); code != 1 || len(got) != 2 || !strings.HasPrefix(got[0], "jobs/jobs.go:5:") || !strings.HasPrefix(got[1], "worker/worker.go:17:") {
		t.Errorf("go vet with the baseline: exit %d, findings:\n%s\nwant jobs/jobs.go:5 and worker/worker.go:17", code, strings.Join(got, "\n"))
	}

	// Rewriting adds them; removing Reconnect's construction drops its entry.
	_, stderr, code = run(t, dir, args("-write-baseline=poolcheck.baseline", "-baseline=poolcheck.baseline")...)
	if code != 0 || stderr != "poolcheck: wrote 9 findings to poolcheck.baseline (2 new, 0 dropped)\n" {
		t.Errorf("rewrite: exit %d, stderr:\n%s", code, stderr)
	}
	write(t, dir, "worker/worker.go", strings.Replace(edited, "\tw.db, _ = sql.Open(\"postgres\", os.Getenv(\"DATABASE_URL\"))\n", "", 1))
	_, stderr, code = run(t, dir, args("-write-baseline", "poolcheck.baseline")...)
	if code != 0 || stderr != "poolcheck: wrote 8 findings to poolcheck.baseline (0 new, 1 dropped)\n" {
		t.Errorf("rewrite after a fix: exit %d, stderr:\n%s", code, stderr)
	}
	got := entries(t, base)
	if len(got) != 8 || slices.Contains(got, "example.com/shop/worker Worker.Reconnect construction database/sql.Open #1") ||
		!slices.Contains(got, "example.com/shop/worker New construction database/sql.Open #2") {
		t.Errorf("entries after the fix:\n%s", strings.Join(got, "\n"))
	}
	if _, stderr, code := run(t, dir, args("-baseline", "poolcheck.baseline")...); code != 0 {
		t.Errorf("after the rewrite: exit %d\n%s", code, stderr)
	}
}

// TestBaselineCompat: the baseline that release 209ed0f wrote for
// testdata/shop (testdata/compat/shop-v1.baseline, before keys were
// computed from structured subjects) still matches every finding, and
// -write-baseline writes the same entries today.
func TestBaselineCompat(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("slow end-to-end test: runs in go test ./..., skipped under -short")
	}
	dir := copyFixture(t, "shop")
	old, err := filepath.Abs(filepath.Join("testdata", "compat", "shop-v1.baseline"))
	if err != nil {
		t.Fatal(err)
	}
	flags := []string{"-allow=example.com/shop/store", "-shared=example.com/shop/store.DB,example.com/shop/store.Cache", kvDial, "-max-conns=5"}
	if _, stderr, code := run(t, dir, append(slices.Clone(flags), "-baseline="+old, "./...")...); code != 0 || stderr != "" {
		t.Errorf("with the old baseline: exit %d, stderr:\n%s\nwant exit 0 and nothing reported", code, stderr)
	}
	if _, stderr, code := run(t, dir, append(slices.Clone(flags), "-write-baseline=now.baseline", "./...")...); code != 0 {
		t.Fatalf("-write-baseline: exit %d\n%s", code, stderr)
	}
	if got, want := entries(t, filepath.Join(dir, "now.baseline")), entries(t, old); !slices.Equal(got, want) {
		t.Errorf("entries written now:\n%s\nwritten by 209ed0f:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWriteBaselineErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/broken\n\ngo 1.26\n")
	write(t, dir, "ok/ok.go", "package ok\n\nimport \"database/sql\"\n\nvar db, _ = sql.Open(\"pgx\", \"\")\n")
	write(t, dir, "broken/broken.go", "package broken\n\nimport \"database/sql\"\n\nvar db, _ = sql.Open(1)\n")

	// A package that does not type-check: nothing is written, exit 1.
	_, stderr, code := run(t, dir, "-write-baseline", "poolcheck.baseline", "./...")
	if _, err := os.Stat(filepath.Join(dir, "poolcheck.baseline")); code != 1 || err == nil || !strings.Contains(stderr, "poolcheck.baseline not written") {
		t.Errorf("broken package: exit %d, file written: %v, stderr:\n%s\nwant exit 1 and no file", code, err == nil, stderr)
	}
	os.RemoveAll(filepath.Join(dir, "broken"))

	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-write-baseline=", "./..."}, 2, "-write-baseline needs a file name"},
		{[]string{"-write-baseline", "b", "-json", "./..."}, 2, "flag provided but not defined: -json"},
		{[]string{"-write-baseline", "b"}, 2, "usage: poolcheck -write-baseline FILE"},
		{[]string{"-write-baseline", "b", "./...", "-allow=x"}, 2, "flag -allow=x after the packages"},
		{[]string{"-write-baseline", filepath.Join(dir, "no/such/dir/b"), "./..."}, 1, "no such file or directory"},
		// A baseline that cannot be read stops the command at start-up, once.
		{[]string{"-baseline=missing.baseline", "./..."}, 2, "invalid value \"missing.baseline\" for flag -baseline: no such file or directory in " + dir + " (write it with poolcheck -write-baseline missing.baseline [flags] ./...;"},
	} {
		_, stderr, code := run(t, dir, tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("poolcheck %s: exit %d, stderr:\n%s\nwant exit %d and %q", strings.Join(tc.args, " "), code, stderr, tc.code, tc.want)
		}
	}

	// Under go vet: -write-baseline is refused, and a relative -baseline
	// is looked up in each package's directory, which the error says.
	// Four go vet runs: TestConfigErrors covers go vet's flag errors under
	// -short.
	if testing.Short() {
		return
	}
	if _, other, code := goVet(t, dir, "-write-baseline=b", "./..."); code == 0 || !strings.Contains(other, "-write-baseline does not work under go vet") {
		t.Errorf("go vet -write-baseline: exit %d, output:\n%s", code, other)
	}
	if _, stderr, code := run(t, dir, "-write-baseline", "poolcheck.baseline", "./..."); code != 0 {
		t.Fatalf("-write-baseline: exit %d\n%s", code, stderr)
	}
	_, other, code := goVet(t, dir, "-baseline=poolcheck.baseline", "./ok")
	if code == 0 || !strings.Contains(other, "# example.com/broken/ok\ninvalid value \"poolcheck.baseline\" for flag -baseline: no such file or directory in ") ||
		!strings.Contains(other, "go vet runs poolcheck in each package's directory, so give it an absolute path: -baseline=$PWD/poolcheck.baseline") {
		t.Errorf("go vet with a relative -baseline: exit %d, output:\n%.3000s", code, other)
	}
	if got, other, code := goVet(t, dir, "-baseline="+filepath.Join(dir, "poolcheck.baseline"), "./ok"); code != 0 || len(got) != 0 || other != "" {
		t.Errorf("go vet with an absolute -baseline: exit %d, findings %v, output:\n%s", code, got, other)
	}
}

// TestBaselinePlugin: the golangci-lint setting baseline reaches the
// analyzer, and a missing file is a configuration error.
func TestBaselinePlugin(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, "shop")
	if _, stderr, code := run(t, dir, append(slices.Clone(shopFlags), "-write-baseline", "poolcheck.baseline", "./...")...); code != 0 {
		t.Fatalf("-write-baseline: exit %d\n%s", code, stderr)
	}
	write(t, dir, "jobs/jobs.go", "package jobs\n\nimport \"database/sql\"\n\nfunc Run() { sql.Open(\"postgres\", \"\") }\n")
	settings := map[string]any{
		"allow":        []any{"example.com/shop/store"},
		"constructors": []any{"example.com/shop/internal/kv.Dial"},
		"baseline":     filepath.Join(dir, "poolcheck.baseline"),
	}
	p, err := plugin.New(settings)
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Dir: dir, Tests: true, Env: append(os.Environ(), "GOWORK=off")}, "./...")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{as[0]}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for act := range graph.All() {
		if act.IsRoot && act.Analyzer == as[0] {
			for _, d := range act.Diagnostics {
				posn := act.Package.Fset.Position(d.Pos)
				got = append(got, fmt.Sprintf("%s:%d", filepath.Base(posn.Filename), posn.Line))
			}
		}
	}
	if !slices.Equal(got, []string{"jobs.go:5"}) {
		t.Errorf("plugin with the baseline setting: findings %v, want only jobs.go:5", got)
	}

	settings["baseline"] = filepath.Join(dir, "missing.baseline")
	if _, err := plugin.New(settings); err == nil || !strings.Contains(err.Error(), "bad linters.settings.custom.poolcheck.settings: -baseline "+filepath.Join(dir, "missing.baseline")+": no such file or directory") {
		t.Errorf("plugin with a missing baseline: %v", err)
	}
}

// TestAdoptRealWorld walks the adoption path on a real module (asynq, from
// the module proxy): -inventory proposes the configuration, -write-baseline
// accepts the findings with it, and a construction added to a copy,
// above the baselined ones, is then the only finding.
func TestAdoptRealWorld(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("downloads github.com/hibiken/asynq from the module proxy")
	}
	dir := modcopy.ForTest(t, "github.com/hibiken/asynq@v0.26.0")
	env := []string{"GOFLAGS=-mod=mod", "GOWORK=off"}

	inv := inventoryOf(t, dir, env, "./...")
	p := inv.Proposal
	// The root package builds its clients in three MakeRedisClient methods;
	// internal/rdb only in a test helper. Sanctioned, asynq's own helper
	// setup is still reported where benchmarks call it in loops.
	if inv.Constructions != 7 || p == nil || !slices.Equal(p.Allow, []string{"github.com/hibiken/asynq"}) || len(p.Shared) != 0 || p.Findings != 6 {
		t.Fatalf("inventory: %d constructions, proposal %+v; want 7, -allow=github.com/hibiken/asynq without -shared, 6 findings", inv.Constructions, p)
	}
	flags := strings.Fields(p.Command)[1:]
	flags = flags[:len(flags)-1] // ./...
	_, stderr, code := runEnv(t, dir, env, append(append(slices.Clone(flags), "-write-baseline", "poolcheck.baseline"), "./...")...)
	if code != 0 || !strings.Contains(stderr, "wrote 6 findings") {
		t.Fatalf("-write-baseline: exit %d\n%s", code, stderr)
	}
	withBaseline := append(slices.Clone(flags), "-baseline=poolcheck.baseline", "./...")
	if _, stderr, code := runEnv(t, dir, env, withBaseline...); code != 0 || stderr != "" {
		t.Fatalf("with the baseline: exit %d\n%s", code, stderr)
	}

	// A new client above internal/rdb's test helper, whose two baselined
	// constructions move down four lines.
	rdbTest := filepath.Join(dir, "internal/rdb/rdb_test.go")
	src, err := os.ReadFile(rdbTest)
	if err != nil {
		t.Fatal(err)
	}
	const anchor = "// variables used for package testing.\n"
	if !bytes.Contains(src, []byte(anchor)) {
		t.Fatalf("%s changed: no %q", rdbTest, anchor)
	}
	added := "func newTestClient() *redis.Client {\n\treturn redis.NewClient(&redis.Options{Addr: redisAddr})\n}\n\n"
	line := bytes.Count(src[:bytes.Index(src, []byte(anchor))], []byte("\n")) + 2
	write(t, dir, "internal/rdb/rdb_test.go", strings.Replace(string(src), anchor, added+anchor, 1))

	_, stderr, code = runEnv(t, dir, env, withBaseline...)
	want := fmt.Sprintf("internal/rdb/rdb_test.go:%d", line)
	if got := findingLines(dir, stderr); code != 3 || !slices.Equal(got, []string{want}) {
		t.Errorf("after adding a construction: exit %d, findings %v, want exit 3 and only %s:\n%s", code, got, want, stderr)
	}
}
