package analyzer_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestRealWorldFix applies poolcheck -fix to copies of the real-world
// modules and checks that the result still builds and vets, and that a
// second run reports exactly the constructions that had no fix.
//
// Each copy gets a sanctioned package, poolcheckshared, with accessors of
// the client types the module uses, imported (blank) by every package that
// constructs a client, so that the accessors are visible there: the
// situation of a code base that adopts a shared pool.
func TestRealWorldFix(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads and builds real modules")
	}
	bin := filepath.Join(t.TempDir(), "poolcheck")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/poolcheck").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	files, _ := filepath.Glob("testdata/realworld/*.txt")
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			spec := readSpec(t, file)
			module, _, _ := strings.Cut(spec.module, "@")
			dir := moduleCopy(t, spec.module)
			gomod, _ := os.ReadFile(filepath.Join(dir, "go.mod"))
			shared := module + "/poolcheckshared"
			src := "// Package poolcheckshared owns the shared clients (test scaffolding).\npackage poolcheckshared\n\nimport (\n\t\"database/sql\"\n"
			vars := "\nvar DB *sql.DB\n"
			accessors := []string{shared + ".DB"}
			for _, lib := range []struct{ path, name, typ, v string }{
				{"github.com/jackc/pgx/v5", "github.com/jackc/pgx/v5/pgxpool", "*pgxpool.Pool", "PGX"},
				{"github.com/jackc/pgx/v4", "github.com/jackc/pgx/v4/pgxpool", "*pgxpool.Pool", "PGX4"},
				{"github.com/redis/go-redis/v9", "github.com/redis/go-redis/v9", "*redis.Client", "Redis"},
			} {
				if bytes.Contains(gomod, []byte(lib.path+" ")) && !(lib.v == "PGX4" && bytes.Contains(gomod, []byte("github.com/jackc/pgx/v5 "))) {
					src += "\t\"" + lib.name + "\"\n"
					vars += "var " + lib.v + " " + lib.typ + "\n"
					accessors = append(accessors, shared+"."+lib.v)
				}
			}
			write(t, filepath.Join(dir, "poolcheckshared", "shared.go"), src+")\n"+vars)
			flags := []string{"-allow=" + shared, "-shared=" + strings.Join(accessors, ",")}

			// Make the accessors visible where clients are constructed.
			first := runPoolcheck(t, bin, dir, append(flags, spec.patterns...)...)
			for _, d := range findingDirs(dir, first) {
				pkg := packageName(t, filepath.Join(dir, d))
				if pkg == "" {
					continue
				}
				write(t, filepath.Join(dir, d, "zz_poolcheck_shared.go"), "package "+pkg+"\n\nimport _ \""+shared+"\"\n")
			}
			before := runPoolcheck(t, bin, dir, append(flags, spec.patterns...)...)
			fixable := 0
			var noFix []string
			for _, line := range before {
				if strings.Contains(line, "(no fix") {
					noFix = append(noFix, line)
				} else if strings.Contains(line, " instead") && regexp.MustCompile(`; use \S+ instead`).MatchString(line) && !strings.Contains(line, "use the shared pool") {
					fixable++
				}
			}
			runPoolcheck(t, bin, dir, append(append(flags, "-fix"), spec.patterns...)...)
			for _, args := range [][]string{append([]string{"build"}, spec.patterns...), append([]string{"vet"}, spec.patterns...)} {
				cmd := exec.Command("go", args...)
				cmd.Dir = dir
				cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("go %s after -fix: %v\n%s", strings.Join(args, " "), err, out)
				}
			}
			after := runPoolcheck(t, bin, dir, append(flags, spec.patterns...)...)
			for _, line := range after {
				if !strings.Contains(line, "(no fix") {
					t.Errorf("after -fix, a finding that had a fix remains: %s", line)
				}
			}
			if len(after) != len(noFix) {
				t.Errorf("after -fix: %d findings, want the %d without a fix\n%s", len(after), len(noFix), strings.Join(after, "\n"))
			}
			t.Logf("%d findings, %d fixed, %d without a fix", len(before), fixable, len(noFix))
			reasons := map[string]int{}
			for _, l := range noFix {
				_, why, _ := strings.Cut(l, "(no fix")
				why = regexp.MustCompile(`\(.*\)|"[^"]*"`).ReplaceAllString(why, "…")
				reasons["no fix"+why]++
			}
			for why, n := range reasons {
				t.Logf("  %3d %s", n, why)
			}
		})
	}
}

// runPoolcheck runs the command and returns its finding lines (stderr),
// failing on anything but exit 0 or 3.
func runPoolcheck(t *testing.T, bin, dir string, args ...string) []string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 3) {
		t.Fatalf("poolcheck %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		if l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// findingDirs returns the directories (relative to the module) of the
// files with findings, excluding the scaffolding.
func findingDirs(root string, lines []string) []string {
	seen := map[string]bool{}
	var dirs []string
	for _, l := range lines {
		file, _, _ := strings.Cut(l, ":")
		d, err := filepath.Rel(root, filepath.Dir(file))
		if err != nil || strings.HasPrefix(d, "..") {
			continue
		}
		if !seen[d] {
			seen[d] = true
			dirs = append(dirs, d)
		}
	}
	return dirs
}

// packageName returns the package name of the non-test Go files in dir.
func packageName(t *testing.T, dir string) string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, m := range matches {
		if strings.HasSuffix(m, "_test.go") {
			continue
		}
		data, err := os.ReadFile(m)
		if err != nil {
			t.Fatal(err)
		}
		if m := regexp.MustCompile(`(?m)^package (\w+)`).FindSubmatch(data); m != nil && !bytes.Contains(data, []byte("//go:build ignore")) {
			return string(m[1])
		}
	}
	return ""
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
