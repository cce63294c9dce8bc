package plugin_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGolangciLintFixMany runs golangci-lint --fix on testdata/multifix,
// whose files hold several fixable constructions each: poolcheck attaches
// one edit set, the same, to every diagnostic of a file, and golangci-lint
// (pkg/result/processors/fixer.go) collects the edits of all of them,
// sorts them and drops adjacent duplicates before applying. The test
// checks that every construction is fixed, that golangci-lint skips none
// of poolcheck's changes as conflicting, and that the module builds and
// vets afterwards, with golangci-lint's formatters off (the edits alone
// must compile: no goimports to remove what the fixes leave unused).
func TestGolangciLintFixMany(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a custom golangci-lint, minutes the first time; run without -short")
	}
	bin := customGolangciLint(t)
	env := append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir(), "GOWORK=off", "NO_COLOR=1")
	dir := copyDir(t, filepath.Join("testdata", "multifix"))
	settings := `
allow: ["example.com/multifix/db"]
shared: ["example.com/multifix/db.Pool"]`

	// The names do not start with "fix": golangci() would enable goimports.
	before := golangci(t, bin, env, dir, "multi-before", settings, "--uniq-by-line=false", "./...")
	before.wantExit(t, exitIssuesFound)
	const constructions = 6 // handlers.go: 4, importline.go: 2
	if len(before.Issues) != constructions {
		t.Fatalf("want %d issues before --fix, got %d: %+v", constructions, len(before.Issues), before.Issues)
	}
	perFile := map[string]int{}
	for _, is := range before.Issues {
		if len(is.SuggestedFixes) != 1 {
			t.Errorf("%v: %d fixes, want 1: %s", is.Pos, len(is.SuggestedFixes), is.Text)
		}
		perFile[is.Pos.Filename]++
	}
	if perFile["handlers/handlers.go"] < 2 || perFile["handlers/importline.go"] < 2 {
		t.Fatalf("want two or more fixable issues in each file, got %v", perFile)
	}

	// Default uniq-by-line: golangci-lint hides the second issue of a line
	// but applies its fix too.
	r := golangci(t, bin, env, dir, "multi", settings, "--fix", "./...")
	r.wantExit(t, exitSuccess)
	for _, bad := range []string{"are skipped", "conflict", "Failed to fix"} {
		if strings.Contains(r.stderr, bad) {
			t.Errorf("golangci-lint --fix rejected poolcheck's edits (%q):\n%s", bad, r.stderr)
		}
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir, cmd.Env = dir, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("go %s after --fix: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	for _, file := range []string{"handlers.go", "importline.go"} {
		got, err := os.ReadFile(filepath.Join(dir, "handlers", file))
		if err != nil {
			t.Fatal(err)
		}
		for _, gone := range []string{"sql.Open", ".Close()", `"os"`, `"database/sql"`} {
			if strings.Contains(string(got), gone) {
				t.Errorf("%s after --fix still has %s:\n%s", file, gone, got)
			}
		}
		if n := strings.Count(string(got), `"example.com/multifix/db"`); n != 1 {
			t.Errorf("%s after --fix imports db %d times, want once:\n%s", file, n, got)
		}
	}
	after := golangci(t, bin, env, dir, "multi-after", settings, "--uniq-by-line=false", "./...")
	after.wantExit(t, exitSuccess)
	after.wantPositions(t)
}
