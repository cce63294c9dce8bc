package plugin_test

// The integration test builds golangci-lint v2 with the poolcheck plugin
// (scripts/build-golangci.sh: minutes the first time, a cache hit afterwards)
// and runs it on the fixture module in testdata/fixture, which depends on the
// standard library only.
//
// Run it with a long timeout the first time:
//
//	go test -timeout 30m -run GolangciLint ./plugin/
//
// POOLCHECK_GOLANGCI_LINT=/path/to/binary skips the build and uses that
// binary (it must include the plugin).

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// Exit codes of golangci-lint v2 (pkg/exitcodes).
const (
	exitSuccess     = 0
	exitIssuesFound = 1
	exitFailure     = 3
)

const fixtureModule = "example.com/fixture"

func TestGolangciLintPlugin(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a custom golangci-lint, minutes the first time; run without -short")
	}
	bin := customGolangciLint(t)

	// One result cache for every run: settings differ between the subtests,
	// so this also checks that golangci-lint's cache is keyed on them.
	env := append(os.Environ(),
		"GOLANGCI_LINT_CACHE="+t.TempDir(),
		"GOWORK=off",
		"NO_COLOR=1",
	)
	fixture := copyFixture(t)

	// Positions of the constructions in the fixture, as golangci-lint prints them.
	var (
		dbOpen     = find(t, fixture, "db/db.go", `sql.Open("postgres", dsn)`, 1)
		plain      = find(t, fixture, "handlers/handlers.go", `sql.Open("postgres", "plain")`, 1)
		suppressed = find(t, fixture, "handlers/handlers.go", `sql.Open("postgres", "suppressed")`, 1)
		twoA       = find(t, fixture, "handlers/handlers.go", `sql.Open("postgres", "a")`, 1)
		twoB       = find(t, fixture, "handlers/handlers.go", `sql.Open("postgres", "b")`, 1)
		inTest     = find(t, fixture, "handlers/handlers_test.go", `sql.Open("postgres", "test")`, 1)
	)
	if twoA.Line != twoB.Line {
		t.Fatalf("fixture: the two constructions of Two must share a line: %v %v", twoA, twoB)
	}

	allowDB := `
allow: ["` + fixtureModule + `/db"]
allow-tests: false
constructors: []
shared: []
max-conns: 0`

	t.Run("findings", func(t *testing.T) {
		r := golangci(t, bin, env, fixture, "findings", allowDB, "./...")
		r.wantExit(t, exitIssuesFound)
		// Default uniq-by-line: one issue per line, so Two shows once (the first).
		// db is sanctioned, Suppressed has //nolint:poolcheck.
		r.wantPositions(t, plain, twoA, inTest)
		for _, is := range r.Issues {
			if !strings.Contains(is.Text, "sql.Open creates a new connection pool") ||
				!strings.Contains(is.Text, fixtureModule+"/db") {
				t.Errorf("issue text %q: want sql.Open and the sanctioned package named", is.Text)
			}
		}
	})

	t.Run("nolint", func(t *testing.T) {
		// The same run as findings, seen from the other side: the line
		// with //nolint:poolcheck has a construction and no issue.
		r := golangci(t, bin, env, fixture, "nolint", allowDB, "./handlers/...")
		r.wantExit(t, exitIssuesFound)
		for _, is := range r.Issues {
			if is.Pos.Line == suppressed.Line && is.Pos.Filename == suppressed.Filename {
				t.Errorf("//nolint:poolcheck did not suppress %v", is)
			}
		}
		if len(r.Issues) == 0 {
			t.Errorf("no issues at all: the nolint check proves nothing")
		}
	})

	t.Run("allow-tests", func(t *testing.T) {
		r := golangci(t, bin, env, fixture, "allow-tests",
			strings.Replace(allowDB, "allow-tests: false", "allow-tests: true", 1), "./...")
		r.wantExit(t, exitIssuesFound)
		r.wantPositions(t, plain, twoA)
	})

	t.Run("no-allow", func(t *testing.T) {
		// Without allow nothing is sanctioned: db is reported too, so the
		// allow setting of the other subtests did reach the analyzer.
		r := golangci(t, bin, env, fixture, "no-allow", "", "./...")
		r.wantExit(t, exitIssuesFound)
		r.wantPositions(t, dbOpen, plain, twoA, inTest)
	})

	t.Run("uniq-by-line=false", func(t *testing.T) {
		r := golangci(t, bin, env, fixture, "uniq", allowDB, "--uniq-by-line=false", "./...")
		r.wantExit(t, exitIssuesFound)
		r.wantPositions(t, plain, twoA, twoB, inTest)
	})

	t.Run("clean", func(t *testing.T) {
		r := golangci(t, bin, env, fixture, "clean", allowDB, "./db/...")
		r.wantExit(t, exitSuccess)
		r.wantPositions(t)
	})

	t.Run("unknown-key", func(t *testing.T) {
		r := golangci(t, bin, env, fixture, "unknown-key", allowDB+"\nallow-test: true", "./...")
		r.wantExit(t, exitFailure)
		r.wantStderr(t, "poolcheck", `unknown field "allow-test"`)
	})

	// A malformed value of every setting fails the run before any package
	// is analysed, with the message the command-line flag gives (see
	// cmd/poolcheck's TestConfigErrors) or, for a value of the wrong type,
	// the decoder's.
	for _, tc := range []struct{ name, settings, want string }{
		{"bad-pattern", `allow: ["./db"]`, `malformed -allow pattern "./db"`},
		{"bad-allow-tests", `allow-tests: maybe`, `allow-tests`},
		{"bad-constructors", `constructors: ["Connect"]`, `malformed constructor "Connect"`},
		{"bad-shared", `shared: ["(*example.com/x.T).M"]`, `malformed -shared accessor "(*example.com/x.T).M"`},
		{"bad-max-conns", `max-conns: -1`, `-max-conns must not be negative, got -1`},
		{"bad-baseline", `baseline: /nonexistent/poolcheck.baseline`, `no such file or directory (write it with poolcheck -write-baseline /nonexistent/poolcheck.baseline`},
		{"bad-wrappers", `wrappers: maybe`, `wrappers`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := golangci(t, bin, env, fixture, tc.name, tc.settings, "./...")
			r.wantExit(t, exitFailure)
			r.wantStderr(t, "poolcheck", tc.want)
			if len(r.Issues) != 0 {
				t.Errorf("issues reported despite the bad setting: %+v", r.Issues)
			}
		})
	}

	t.Run("example-config", func(t *testing.T) {
		// The README's .golangci.example.yml loads and runs: its settings
		// decode, and it reports the fixture's constructions (none of the
		// fixture's packages is sanctioned by it).
		cfg := filepath.Join(repoRoot(t), ".golangci.example.yml")
		cmd := exec.Command(bin, "run", "-c", cfg, "--output.json.path=stdout", "--show-stats=false", "./...")
		cmd.Dir, cmd.Env = fixture, env
		out, err := cmd.Output()
		var exitErr *exec.ExitError
		if !errors.As(err, &exitErr) || exitErr.ExitCode() != exitIssuesFound || !strings.Contains(string(out), `"FromLinter":"poolcheck"`) {
			t.Fatalf("golangci-lint run -c .golangci.example.yml: %v\n%s", err, out)
		}
	})

	t.Run("fix", func(t *testing.T) {
		// golangci-lint v2.15.0 applies module plugins' fixes with --fix, no
		// opt-in needed (also the second fix on a line that uniq-by-line
		// hides, never those of //nolint-ed issues); fixed issues drop out
		// of the output. It applies every SuggestedFix of a diagnostic and
		// does not remove imports a fix left unused (unless the goimports
		// formatter is on), so poolcheck offers one fix per diagnostic that
		// carries its own import edits. The fixed module must still build.
		dir := copyDir(t, filepath.Join("testdata", "fixfixture"))
		settings := `
allow: ["example.com/fixfixture/db"]
shared: ["example.com/fixfixture/db.Pool"]`
		before := golangci(t, bin, env, dir, "fix-before", settings, "./...")
		before.wantExit(t, exitIssuesFound)
		if len(before.Issues) != 2 {
			t.Fatalf("want 2 fixable issues before --fix, got %+v", before.Issues)
		}
		r := golangci(t, bin, env, dir, "fix", settings, "--fix", "./...")
		r.wantExit(t, exitSuccess)
		for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
			cmd := exec.Command("go", args...)
			cmd.Dir, cmd.Env = dir, env
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("go %s after --fix: %v\n%s", strings.Join(args, " "), err, out)
			}
		}
		got, err := os.ReadFile(filepath.Join(dir, "handlers", "handlers.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"conn := db.Pool\n", "pool := db.Pool\n"} {
			if !strings.Contains(string(got), want) {
				t.Errorf("handlers.go after --fix lacks %q:\n%s", want, got)
			}
		}
		for _, gone := range []string{"sql.Open", "conn.Close()", `"os"`} {
			if strings.Contains(string(got), gone) {
				t.Errorf("handlers.go after --fix still has %q:\n%s", gone, got)
			}
		}
		after := golangci(t, bin, env, dir, "fix-after", settings, "./...")
		after.wantExit(t, exitSuccess)
	})
}

// customGolangciLint returns the path of golangci-lint with the plugin,
// building it with scripts/build-golangci.sh unless POOLCHECK_GOLANGCI_LINT
// names one.
func customGolangciLint(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("POOLCHECK_GOLANGCI_LINT"); bin != "" {
		return bin
	}
	script := filepath.Join(repoRoot(t), "scripts", "build-golangci.sh")
	ctx := context.Background()
	if d, ok := t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, d.Add(-30*time.Second))
		defer cancel()
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "bash", script)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			t.Fatalf("%s did not finish before the test deadline; the first build takes minutes: "+
				"run go test with -timeout 30m\n%s", script, stderr.String())
		}
		t.Fatalf("%s: %v\n%s", script, err, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	bin := lines[len(lines)-1]
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("%s printed %q, not a binary: %v", script, bin, err)
	}
	t.Logf("golangci-lint: %s (%s)", bin, time.Since(start).Round(time.Millisecond))
	return bin
}

// repoRoot finds the poolcheck checkout from the test's working directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if data, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil &&
			slices.Contains(strings.Split(string(data), "\n"), "module github.com/poolcheck/poolcheck") {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no enclosing github.com/poolcheck/poolcheck module")
		}
		dir = parent
	}
}

// copyFixture copies testdata/fixture to a new temporary directory, so that
// golangci-lint's config files and --fix never touch the source tree.
func copyFixture(t *testing.T) string {
	t.Helper()
	return copyDir(t, filepath.Join("testdata", "fixture"))
}

func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

type position struct {
	Filename     string
	Line, Column int
}

func (p position) String() string { return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column) }

// find returns the position of the nth occurrence of text in the fixture
// file rel, so that editing the fixture does not break line numbers here.
func find(t *testing.T, dir, rel, text string, nth int) position {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if col := strings.Index(sc.Text(), text); col >= 0 {
			if nth--; nth == 0 {
				return position{Filename: rel, Line: line, Column: col + 1}
			}
		}
	}
	t.Fatalf("fixture %s: %q not found", rel, text)
	return position{}
}

type issue struct {
	FromLinter     string
	Text           string
	Pos            position
	SuggestedFixes []json.RawMessage
}

type run struct {
	args   []string
	exit   int
	stderr string
	Issues []issue
	Report struct {
		Error    string
		Warnings []struct{ Tag, Text string }
	}
}

// golangci writes a config with the given poolcheck settings (YAML, one key
// per line) into the fixture's root, so that reported paths are relative to
// it, and runs golangci-lint with JSON output.
func golangci(t *testing.T, bin string, env []string, dir, name, settings string, args ...string) *run {
	t.Helper()
	var indented strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(settings), "\n") {
		if l != "" {
			indented.WriteString("          " + l + "\n")
		}
	}
	if indented.Len() == 0 {
		indented.WriteString("          {}\n")
	}
	config := `version: "2"
linters:
  default: none
  enable: [poolcheck]
  settings:
    custom:
      poolcheck:
        type: module
        description: reports connection pools constructed outside the sanctioned packages
        settings:
` + indented.String() + `
issues:
  max-same-issues: 0
  max-issues-per-linter: 0
`
	if strings.HasPrefix(name, "fix") {
		// --fix applies each fix's own import edits but does not remove an
		// import that only several fixes together leave unused; the
		// goimports formatter, which --fix runs, does.
		config += "formatters:\n  enable: [goimports]\n"
	}
	cfgPath := filepath.Join(dir, ".golangci-"+name+".yml")
	if err := os.WriteFile(cfgPath, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}

	r := &run{args: append([]string{"run", "--config", cfgPath, "--output.json.path=stdout",
		"--show-stats=false", "--allow-parallel-runners"}, args...)}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, r.args...)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, env, &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r.stderr = stderr.String()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
		r.exit = exitErr.ExitCode()
	default:
		t.Fatalf("golangci-lint %s: %v", strings.Join(r.args, " "), err)
	}
	t.Logf("golangci-lint %s: exit %d in %s", strings.Join(r.args, " "), r.exit, time.Since(start).Round(time.Millisecond))
	if out := bytes.TrimSpace(stdout.Bytes()); len(out) > 0 {
		if err := json.Unmarshal(out, r); err != nil {
			t.Fatalf("golangci-lint JSON output: %v\n%s", err, out)
		}
	}
	for _, is := range r.Issues {
		if is.FromLinter != "poolcheck" {
			t.Errorf("issue from %s, want poolcheck only: %+v", is.FromLinter, is)
		}
	}
	return r
}

func (r *run) wantExit(t *testing.T, code int) {
	t.Helper()
	if r.exit != code {
		t.Errorf("golangci-lint %s: exit status %d, want %d\nissues: %+v\nstderr:\n%s",
			strings.Join(r.args, " "), r.exit, code, r.Issues, r.stderr)
	}
}

func (r *run) wantPositions(t *testing.T, want ...position) {
	t.Helper()
	var got, exp []string
	for _, is := range r.Issues {
		got = append(got, is.Pos.String())
	}
	for _, p := range want {
		exp = append(exp, p.String())
	}
	slices.Sort(got)
	slices.Sort(exp)
	if !slices.Equal(got, exp) {
		t.Errorf("golangci-lint %s: issues at\n\t%s\nwant\n\t%s\nissues: %+v\nstderr:\n%s",
			strings.Join(r.args, " "), strings.Join(got, "\n\t"), strings.Join(exp, "\n\t"), r.Issues, r.stderr)
	}
}

func (r *run) wantStderr(t *testing.T, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(r.stderr, p) {
			t.Errorf("golangci-lint %s: stderr does not mention %s:\n%s", strings.Join(r.args, " "), p, r.stderr)
		}
	}
}
