package main_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The tests in this file tie the documentation to the command: the flags,
// the catalog and the adoption walk-through on the bundled example.

func readDoc(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("../../docs", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// driverFlags are the flags of the standard singlechecker driver, which
// docs/flags.md lists in one table.
var driverFlags = []string{"V", "all", "c", "cpuprofile", "debug", "diff", "fix", "flags", "json", "memprofile", "source", "tags", "test", "trace", "v"}

// TestFlagsDocumented checks that docs/flags.md documents every flag that
// poolcheck -h lists — poolcheck's own under a heading of their own, with
// their default —, that every flag it documents exists, and that the README
// shows only flags that exist.
func TestFlagsDocumented(t *testing.T) {
	t.Parallel()
	_, help, _ := run(t, ".", "-h")
	var flags []string
	for _, m := range regexp.MustCompile(`(?m)^  -([A-Za-z-]+)`).FindAllStringSubmatch(help, -1) {
		flags = append(flags, m[1])
	}
	if len(flags) < 20 {
		t.Fatalf("poolcheck -h lists only %d flags:\n%s", len(flags), help)
	}
	doc := readDoc(t, "flags.md")
	headings := map[string]string{} // flag -> its section
	sections := regexp.MustCompile("(?m)^### `-").Split(doc, -1)[1:]
	for _, s := range sections {
		name, _, _ := strings.Cut(s, "`")
		headings[name] = s
	}
	for _, f := range flags {
		switch {
		case slices.Contains(driverFlags, f):
			if !regexp.MustCompile("(?m)^\\| `-" + regexp.QuoteMeta(f) + "`").MatchString(doc) {
				t.Errorf("docs/flags.md: the driver flag -%s has no row in the driver flags table", f)
			}
		case headings[f] == "":
			t.Errorf("docs/flags.md has no section for -%s, which poolcheck -h lists", f)
		case !strings.Contains(headings[f], "Default: ") && !strings.Contains(headings[f], "`-"+f+" FILE`") && f != "catalog":
			t.Errorf("docs/flags.md: the section of -%s does not give its default", f)
		}
	}
	documented := regexp.MustCompile("(?m)^(?:### |\\| )`(-[A-Za-z-]+)`").FindAllStringSubmatch(doc, -1)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	documented = append(documented, regexp.MustCompile("(?m)^\\| `(-[a-z-]+)`").FindAllStringSubmatch(string(readme), -1)...)
	for _, m := range documented {
		if !slices.Contains(flags, m[1][1:]) {
			t.Errorf("the docs document %s but poolcheck -h does not list it", m[1])
		}
	}
}

// TestCatalog checks that docs/catalog.md shows what poolcheck -catalog
// prints (scripts/gen-catalog.sh regenerates it).
func TestCatalog(t *testing.T) {
	t.Parallel()
	stdout, stderr, code := run(t, ".", "-catalog")
	if code != 0 || stderr != "" {
		t.Fatalf("-catalog: exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"database/sql\n  database/sql.Open ",
		"github.com/jackc/pgx/v5/pgxpool.New ",
		"(*github.com/gocql/gocql.ClusterConfig).CreateSession ",
		"github.com/gomodule/redigo/redis.Pool{} ",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("-catalog output lacks %q", want)
		}
	}
	if !strings.Contains(readDoc(t, "catalog.md"), "```\n"+stdout+"```") {
		t.Errorf("docs/catalog.md is not the output of poolcheck -catalog; run scripts/gen-catalog.sh")
	}
}

// TestDocsAdoption checks that docs/adopting.md shows what the commands
// print on the bundled example: the inventory and the baseline file.
func TestDocsAdoption(t *testing.T) {
	t.Parallel()
	doc := []byte(readDoc(t, "adopting.md"))
	stdout, stderr, code := run(t, "../..", "-inventory", "./example/...")
	if code != 0 {
		t.Fatalf("-inventory: exit %d\n%s", code, stderr)
	}
	if block := "```\n$ go run ./cmd/poolcheck -inventory ./example/...\n" + stdout + "```"; !bytes.Contains(doc, []byte(block)) {
		t.Errorf("docs/adopting.md's inventory example is not the output of poolcheck -inventory ./example/...; it prints:\n%s", stdout)
	}
	base := filepath.Join(t.TempDir(), "poolcheck.baseline")
	if _, stderr, code := run(t, "../..", "-write-baseline", base, "-allow="+exampleDB, "./example/..."); code != 0 {
		t.Fatalf("-write-baseline: exit %d\n%s", code, stderr)
	}
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(doc, []byte("```\n"+string(data)+"```")) {
		t.Errorf("docs/adopting.md's baseline example is not what -write-baseline writes for the example:\n%s", data)
	}
}

// TestReadme checks that the README gives the two commands that work on a
// fresh clone, the example run (with its output) and the test suite as
// .ci/run runs it, and stays short.
func TestReadme(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	ci, err := os.ReadFile("../../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{
		"go run ./cmd/poolcheck -allow=" + exampleDB + " ./example/...",
		"go test -timeout 60m ./...",
	} {
		if !bytes.Contains(readme, []byte("```sh\n"+cmd+"\n```")) {
			t.Errorf("README.md does not show the command %q in a block of its own", cmd)
		}
	}
	// The output the README shows: file names relative to the repository,
	// in file order.
	_, stderr, code := run(t, "../..", "-allow="+exampleDB, "./example/...")
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(strings.ReplaceAll(stderr, root+string(filepath.Separator), "")), "\n")
	slices.Sort(lines)
	if block := "```\n" + strings.Join(lines, "\n") + "\n```"; code != 3 || !bytes.Contains(readme, []byte(block)) {
		t.Errorf("README.md does not show the output of its first command (exit %d):\n%s", code, block)
	}
	if !bytes.Contains(ci, []byte("\ngo test -timeout 60m ./...\n")) {
		t.Errorf(".ci/run does not run the README's test command")
	}
	if n := bytes.Count(readme, []byte("\n")); n > 300 {
		t.Errorf("README.md has %d lines; keep it under 300 and move details to docs/", n)
	}
}
