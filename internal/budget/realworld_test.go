package budget_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/poolcheck/poolcheck/internal/budget"
	"github.com/poolcheck/poolcheck/internal/modcopy"
)

// TestBudgetRealWorld maps the binaries of pinned public modules and
// compares them with the maps written by hand, from reading their code, in
// testdata/realworld/*.txt. Missing and extra pools, and a wrong
// multiplicity, limit or server, fail. Paths are compared by their ends.
func TestBudgetRealWorld(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads modules and loads them with all their dependencies from source")
	}
	files, _ := filepath.Glob("testdata/realworld/*.txt")
	if len(files) < 3 {
		t.Fatalf("want at least three real-world modules, have %d", len(files))
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			module, patterns := header(t, file)
			dir, err := modcopy.Dir(t.TempDir(), module)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := budget.Run(budget.Config{Dir: dir, Env: modcopy.Env()}, patterns...)
			if err != nil {
				t.Fatal(err)
			}
			mod, _, _ := strings.Cut(module, "@")
			var got []string
			for _, l := range lines(rep, mod+"/") {
				if strings.HasPrefix(l, mod+" ") {
					l = "." + strings.TrimPrefix(l, mod) // the module root's binary
				}
				got = append(got, pathEnds(l))
			}
			compare(t, got, readWant(t, file))
		})
	}
}

// pathEnds shortens the path column of a line to its first and last
// function.
func pathEnds(line string) string {
	cols := strings.Split(line, " | ")
	if len(cols) != 7 {
		return line
	}
	path := strings.Split(cols[6], " → ")
	if len(path) > 1 {
		cols[6] = path[0] + " … " + path[len(path)-1]
	}
	return strings.Join(cols, " | ")
}

func header(t *testing.T, file string) (module string, patterns []string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if m, ok := strings.CutPrefix(line, "# module:"); ok {
			module = strings.TrimSpace(m)
		}
		if p, ok := strings.CutPrefix(line, "# packages:"); ok {
			patterns = strings.Fields(p)
		}
	}
	if module == "" || len(patterns) == 0 {
		t.Fatalf("%s: no # module: or # packages: line", file)
	}
	return module, patterns
}
