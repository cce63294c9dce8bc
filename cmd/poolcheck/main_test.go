package main_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// poolcheck builds the command once per test binary.
func poolcheck(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "poolcheck-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "poolcheck")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("building poolcheck: %v", buildErr)
	}
	return binPath
}

// run runs poolcheck in dir and returns stdout, stderr and the exit code.
func run(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	return runEnv(t, dir, nil, args...)
}

// runEnv is run with extra environment variables.
func runEnv(t *testing.T, dir string, env []string, args ...string) (string, string, int) {
	t.Helper()
	return runIn(t, dir, append(os.Environ(), env...), poolcheck(t), args...)
}

const exampleDB = "github.com/poolcheck/poolcheck/example/internal/db"

// TestExample runs the README's first command on the bundled example.
func TestExample(t *testing.T) {
	t.Parallel()
	_, stderr, code := run(t, "../..", "-allow="+exampleDB, "./example/...")
	if code != 3 {
		t.Fatalf("exit code %d, want 3 (findings); stderr:\n%s", code, stderr)
	}
	var got []string
	re := regexp.MustCompile(`example/(\S+\.go):(\d+):\d+: (.*)`)
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		m := re.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("unexpected output line %q", line)
		}
		got = append(got, m[1]+":"+m[2]+": "+m[3])
	}
	sort.Strings(got)
	msg := "sql.Open creates a new connection pool outside the sanctioned package " + exampleDB + ": construct it there once and share it"
	want := []string{
		"handlers/users.go:14: sql.Open runs on every request to Users: each call opens a new pool; construct it once in the sanctioned package " + exampleDB + " and share it",
		"scripts/backfill/main.go:11: " + msg,
		"ws/server.go:16: " + msg,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Sanctioning the whole tree leaves what no allow-list excuses: the
	// per-request pool in the handler and the pool that the WebSocket
	// server keeps without a connection limit.
	_, stderr, code = run(t, "../..", "-allow=github.com/poolcheck/poolcheck/example/...", "./example/...")
	if code != 3 || strings.Count(stderr, "\n") != 2 ||
		!strings.Contains(stderr, "example/handlers/users.go:14:15: sql.Open runs on every request to Users: each call opens a new pool; create it once and share it\n") ||
		!strings.Contains(stderr, "example/ws/server.go:16:15: sql.Open pool has no connection limit") {
		t.Errorf("with the whole tree sanctioned: exit %d, output:\n%s\nwant the handler's repeated-construction and the ws pool's unbounded-pool findings", code, stderr)
	}
}

// TestBadFlags checks that malformed configuration stops the command with
// a clear message instead of a panic or a silent pass.
func TestBadFlags(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-allow=example.com/a/...x", "./..."}, `malformed -allow pattern "example.com/a/...x"`},
		{[]string{"-allow=./internal/db", "./..."}, `relative and file-system paths are not import paths`},
		{[]string{"-allow=example.com/*/db", "./..."}, `wildcards other than a final /... are not supported`},
		{[]string{"-constructors=Connect", "./..."}, `malformed constructor "Connect"`},
		{[]string{"-constructors=(*example.com/x.Config.Dial", "./..."}, `unbalanced parenthesis`},
		{[]string{"-shared=(*example.com/x.T).M", "./..."}, `malformed -shared accessor`},
		{[]string{"-allow-tests=maybe", "./..."}, `invalid boolean value "maybe"`},
		{[]string{"-nosuchflag", "./..."}, `flag provided but not defined: -nosuchflag`},
	} {
		_, stderr, code := run(t, ".", tc.args...)
		if code == 0 || code == 3 || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "panic") {
			t.Errorf("poolcheck %s: exit %d, stderr:\n%s\nwant a usage error containing %q", strings.Join(tc.args, " "), code, stderr, tc.want)
		}
	}
}

// TestTypeErrors checks that a package that does not type-check is an
// error (exit 1), not a silent pass.
func TestTypeErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/broken\n\ngo 1.26\n")
	write(t, dir, "broken.go", "package broken\n\nimport \"database/sql\"\n\nvar db, _ = sql.Open(1)\n")
	_, stderr, code := run(t, dir, "./...")
	if code != 1 || !strings.Contains(stderr, "broken.go:5") {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 with the type error", code, stderr)
	}
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFixExample applies -fix to a copy of the bundled example and checks
// that the result builds and vets, and that a second run reports exactly
// the constructions that had no fix.
func TestFixExample(t *testing.T) {
	if testing.Short() {
		t.Skip("slow end-to-end test: runs in go test ./..., skipped under -short")
	}
	t.Parallel()
	dir := t.TempDir()
	write(t, dir, "go.mod", "module github.com/poolcheck/poolcheck\n\ngo 1.26\n")
	if out, err := exec.Command("cp", "-r", "../../example", dir).CombinedOutput(); err != nil {
		t.Fatalf("copy: %v\n%s", err, out)
	}
	flags := []string{"-allow=" + exampleDB, "-shared=" + exampleDB + ".Pool"}
	_, before, code := run(t, dir, append(flags, "./...")...)
	if code != 3 {
		t.Fatalf("first run: exit %d\n%s", code, before)
	}
	var noFix []string
	for _, line := range strings.Split(strings.TrimSpace(before), "\n") {
		if strings.Contains(line, "(no fix: ") {
			noFix = append(noFix, line)
		}
	}
	if n := strings.Count(before, "use db.Pool instead"); n != 1 {
		t.Fatalf("want one fixable finding (handlers), got %d:\n%s", n, before)
	}
	// The README's preview: -fix -diff prints the diff and changes nothing.
	diff, _, _ := run(t, dir, append(flags, "-fix", "-diff", "./...")...)
	if !strings.Contains(diff, "+\tconn := db.Pool\n") || !strings.Contains(diff, "-\tdefer conn.Close()\n") {
		t.Errorf("-fix -diff output lacks the handler's rewrite:\n%s", diff)
	}
	if _, after, _ := run(t, dir, append(flags, "./...")...); after != before {
		t.Errorf("-fix -diff changed the files: findings now\n%s", after)
	}
	if _, stderr, code := run(t, dir, append(flags, "-fix", "./...")...); code != 0 && code != 3 {
		t.Fatalf("-fix: exit %d\n%s", code, stderr)
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s after -fix: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	fixed, err := os.ReadFile(filepath.Join(dir, "example/handlers/users.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(fixed), "conn := db.Pool\n") || strings.Contains(string(fixed), "conn.Close()") || strings.Contains(string(fixed), `"os"`) {
		t.Errorf("handlers/users.go after -fix:\n%s", fixed)
	}
	_, after, _ := run(t, dir, append(flags, "./...")...)
	if got := strings.Split(strings.TrimSpace(after), "\n"); strings.Join(got, "\n") != strings.Join(noFix, "\n") {
		t.Errorf("second run:\n%s\nwant only the findings without a fix:\n%s", after, strings.Join(noFix, "\n"))
	}
}
