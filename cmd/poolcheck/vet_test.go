package main_test

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// vetFixture is a module with a sanctioned package db and a package
// handlers that opens its own pools, in its code, in an in-package test and
// in an external test package. db has an external test package too, which
// belongs to the sanctioned folder. The pools that are kept have a
// connection limit, so that only the rules about construction apply.
var vetFixture = map[string]string{
	"go.mod": "module example.com/app\n\ngo 1.26\n",
	"db/db.go": `package db

import "database/sql"

var Pool = open()

func open() *sql.DB {
	db, _ := sql.Open("postgres", "")
	db.SetMaxOpenConns(10)
	return db
}
`,
	"db/db_test.go": `package db_test

import (
	"database/sql"
	"testing"
)

func TestDB(t *testing.T) { _, _ = sql.Open("postgres", "") }
`,
	"handlers/handlers.go": `package handlers

import "database/sql"

func Open() *sql.DB {
	db, _ := sql.Open("postgres", "")
	db.SetMaxOpenConns(10)
	return db
}
`,
	"handlers/handlers_test.go": `package handlers

import (
	"database/sql"
	"testing"
)

func TestOpen(t *testing.T) { _, _ = sql.Open("postgres", "") }
`,
	"handlers/external_test.go": `package handlers_test

import (
	"database/sql"
	"testing"
)

func TestExternal(t *testing.T) { _, _ = sql.Open("postgres", "") }
`,
}

// goVet runs go vet with the built poolcheck as its tool in dir and returns
// the findings (sorted "file:line:col: message"), the rest of the output and
// the exit code. The default build cache is used on purpose: the results
// must not depend on it.
func goVet(t *testing.T, dir string, args ...string) (findings []string, other string, code int) {
	t.Helper()
	cmd := exec.Command("go", append([]string{"vet", "-vettool=" + poolcheck(t)}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	finding := regexp.MustCompile(`^\S+\.go:\d+:\d+: `)
	var rest []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if finding.MatchString(line) {
			findings = append(findings, line)
		} else if line != "" {
			rest = append(rest, line)
		}
	}
	sort.Strings(findings)
	return findings, strings.Join(rest, "\n"), code
}

// TestGoVet runs the real go vet -vettool on a fixture module.
func TestGoVet(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("slow end-to-end test: runs in go test ./..., skipped under -short")
	}
	dir := t.TempDir()
	for name, content := range vetFixture {
		write(t, dir, name, content)
	}
	outside := func(where string) string {
		return where + ": sql.Open creates a new connection pool outside the sanctioned package example.com/app/db: construct it there once and share it"
	}
	var (
		inCode     = outside("handlers/handlers.go:6:11")
		inTest     = outside("handlers/handlers_test.go:8:38")
		inExternal = outside("handlers/external_test.go:8:42")
	)

	check := func(name string, args []string, wantCode int, want ...string) []string {
		t.Helper()
		got, other, code := goVet(t, dir, args...)
		if code != wantCode || other != "" || strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: go vet -vettool=poolcheck %s: exit %d, findings:\n%s\nother output:\n%s\nwant exit %d and:\n%s",
				name, strings.Join(args, " "), code, strings.Join(got, "\n"), other, wantCode, strings.Join(want, "\n"))
		}
		return got
	}

	// Without -allow every construction is reported, test files included,
	// and go vet exits 1 (not singlechecker's 3).
	got, _, code := goVet(t, dir, "./...")
	var where []string
	for _, f := range got {
		where = append(where, f[:strings.Index(f, ": ")])
		if !strings.Contains(f, "no package is sanctioned") {
			t.Errorf("without -allow: finding %q does not say that no package is sanctioned", f)
		}
	}
	want := "db/db.go:8:11 db/db_test.go:8:36 handlers/external_test.go:8:42 handlers/handlers.go:6:11 handlers/handlers_test.go:8:38"
	if code != 1 || strings.Join(where, " ") != want {
		t.Errorf("without -allow: exit %d, findings at %v; want exit 1 and findings at %s", code, where, want)
	}

	// -allow sanctions db, and with it db's external test package db_test.
	allowDB := check("-allow", []string{"-allow=example.com/app/db", "./..."}, 1, inExternal, inCode, inTest)
	// -allow-tests drops the findings in _test.go files, of both packages.
	check("-allow-tests", []string{"-allow=example.com/app/db", "-allow-tests", "./..."}, 1, inCode)
	// A clean module: exit 0 and no output.
	check("clean", []string{"-allow=example.com/app/db,example.com/app/handlers", "./..."}, 0)

	// go vet caches results keyed on the tool and its flags: a changed flag
	// must change the result, and the same flags again (likely served from
	// the cache now) must give the same findings and exit status.
	check("flag change", []string{"-allow=example.com/app/db/...,example.com/app/handlers", "./..."}, 0)
	again := check("cached", []string{"-allow=example.com/app/db", "./..."}, 1, inExternal, inCode, inTest)
	if strings.Join(again, "\n") != strings.Join(allowDB, "\n") {
		t.Errorf("the same flags gave different findings on a second run")
	}

	// -json prints the findings but exits 0: not a CI gate.
	_, other, code := goVet(t, dir, "-json", "-allow=example.com/app/db", "./...")
	if code != 0 || !strings.Contains(other, `"category": "construction"`) {
		t.Errorf("go vet -json: exit %d, output:\n%s\nwant exit 0 and JSON findings", code, other)
	}

	// A malformed flag fails every package with the error, not with the
	// whole usage text once per package.
	_, other, code = goVet(t, dir, "-allow=./db", "./...")
	if code == 0 || !strings.Contains(other, `invalid value "./db" for flag -allow: malformed -allow pattern "./db": relative and file-system paths are not import paths`) {
		t.Errorf("go vet -allow=./db: exit %d, output:\n%s\nwant a non-zero exit and the -allow error", code, other)
	}
	if strings.Contains(other, "Usage:") {
		t.Errorf("go vet -allow=./db prints the usage text:\n%.2000s", other)
	}
}
