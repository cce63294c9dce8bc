package budget_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/poolcheck/poolcheck/internal/budget"
)

// env runs the go command on the fixture modules offline: their
// dependencies are local stubs (replace directives).
func env() []string {
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local")
}

// The shapes report is computed once for the tests that read it.
var (
	shapesOnce sync.Once
	shapesRep  *budget.Report
	shapesErr  error
)

func shapes(t *testing.T) *budget.Report {
	t.Helper()
	shapesOnce.Do(func() {
		shapesRep, shapesErr = budget.Run(budget.Config{Dir: "testdata/shapes", Env: env()}, "./...")
	})
	if shapesErr != nil {
		t.Fatal(shapesErr)
	}
	return shapesRep
}

// TestBudgetShapes compares the map of every fixture binary with the one
// written by hand in testdata/shapes/want.txt. It runs under -short too:
// the report is computed once, and TestBudgetGate needs it anyway.
func TestBudgetShapes(t *testing.T) {
	t.Parallel()
	rep := shapes(t)
	compare(t, lines(rep, "example.com/shapes/cmd/"), readWant(t, "testdata/shapes/want.txt"))
}

// TestBudgetExample maps the bundled example's binaries: the API server
// opens a pool per request beside the shared one; the worker uses only the
// shared pool, bounded; the backfill script's pool has no limit.
func TestBudgetExample(t *testing.T) {
	if testing.Short() {
		t.Skip("slow end-to-end test: runs in go test ./..., skipped under -short")
	}
	rep, err := budget.Run(budget.Config{Dir: "../.."}, "./example/...")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"scripts/backfill | example/scripts/backfill/main.go:11:15 | database/sql.Open | postgres | once | -/none | main.main",
		"scripts/backfill | totals | postgres=unbounded",
		"cmd/server | example/handlers/users.go:14:15 | database/sql.Open | postgres | per-request | -/none | handlers.Users",
		"cmd/server | example/internal/db/db.go:14:15 | database/sql.Open | postgres | once | 20/constant | main.init → db.init → db.open",
		"cmd/server | totals | postgres=unbounded",
		"cmd/worker | example/internal/db/db.go:14:15 | database/sql.Open | postgres | once | 20/constant | main.init → db.init → db.open",
		"cmd/worker | totals | postgres=20",
	}
	compare(t, lines(rep, "github.com/poolcheck/poolcheck/example/"), want)
	for _, b := range rep.Binaries {
		if strings.HasSuffix(b.Package, "/cmd/server") && (len(b.Shared) != 1 || b.Shared[0] != "postgres") {
			t.Errorf("server: shared = %v, want [postgres] (two postgres pools in one binary)", b.Shared)
		}
	}
}

// TestBudgetGate: -budget-max fails a binary over its budget, an
// unbounded one and one that depends on configuration, and passes the
// others.
func TestBudgetGate(t *testing.T) {
	t.Parallel()
	rep := shapes(t)
	for _, tc := range []struct {
		max  budget.Max
		want []string
	}{
		// handler and loop are unbounded, limits depends on configuration,
		// wrapper can reach 35; funcvalue (mysql) and lazy (6) fit.
		{budget.Max{"postgres": 30, "mongo": 175}, []string{"handler", "limits", "loop", "wrapper"}},
		// goroutine starts a pool per worker; limits has an unbounded redigo pool.
		{budget.Max{"redis": 1000}, []string{"goroutine", "limits"}},
		{budget.Max{"mongo": 174}, []string{"limits"}},
		{budget.Max{"mongo": 175}, nil},
		{budget.Max{"mysql": 10, "sqlite": 1}, nil},
	} {
		got := rep.Violations(tc.max)
		var bins []string
		for _, v := range got {
			bins = append(bins, strings.TrimPrefix(v[:strings.Index(v, ":")], "example.com/shapes/cmd/"))
		}
		if strings.Join(bins, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%v: violations in %v, want %v:\n%s", tc.max, bins, tc.want, strings.Join(got, "\n"))
		}
		for _, v := range got {
			if strings.HasPrefix(v, "example.com/shapes/cmd/wrapper:") && !strings.Contains(v, "can reach 35 (budget 30)") {
				t.Errorf("wrapper: %s", v)
			}
			if strings.HasPrefix(v, "example.com/shapes/cmd/loop:") && !strings.Contains(v, "every iteration of a loop in main.main") {
				t.Errorf("loop violation does not say why: %s", v)
			}
		}
	}
}

func TestBudgetParseMax(t *testing.T) {
	m, err := budget.ParseMax("postgres=25, redis=50,")
	if err != nil || m["postgres"] != 25 || m["redis"] != 50 || len(m) != 2 {
		t.Errorf("ParseMax = %v, %v", m, err)
	}
	for _, bad := range []string{"", "postgres", "postgres=x", "postgres=-1", "=3", "postgres=1,postgres=2", "post gres=1"} {
		if _, err := budget.ParseMax(bad); err == nil {
			t.Errorf("ParseMax(%q) succeeded", bad)
		}
	}
}

// TestBudgetSizing: replicas times totals against max_connections.
func TestBudgetSizing(t *testing.T) {
	t.Parallel()
	rep := shapes(t)
	sub := &budget.Report{}
	for _, b := range rep.Binaries {
		if strings.HasSuffix(b.Package, "/once") || strings.HasSuffix(b.Package, "/wrapper") {
			sub.Binaries = append(sub.Binaries, b)
		}
	}
	lines, fits := sub.Size(budget.Sizing{Replicas: map[string]int{"once": 3, "wrapper": 2}, MaxConns: map[string]int{"postgres": 100}})
	// 3 × 10 + 2 × 35 = 100
	if !fits || len(lines) != 1 || lines[0] != "postgres: 100 connections fit in max_connections = 100" {
		t.Errorf("Size = %q, %v", lines, fits)
	}
	lines, fits = sub.Size(budget.Sizing{Replicas: map[string]int{"": 4}, MaxConns: map[string]int{"postgres": 100}})
	if fits || lines[0] != "postgres: 180 connections do not fit in max_connections = 100" {
		t.Errorf("Size = %q, %v", lines, fits)
	}
}

// TestBudgetCallGraphs documents the choice of VTA: RTA alone counts a
// pool of an interface implementation that is never passed where the
// interface is called, and makes a sync.Once pool per request through an
// unrelated net/http handler.
func TestBudgetCallGraphs(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the fixtures again")
	}
	rep, err := budget.Run(budget.Config{Dir: "testdata/shapes", Env: env(), CallGraph: budget.RTA}, "./cmd/iface", "./cmd/lazy")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(lines(rep, "example.com/shapes/cmd/"), "\n")
	for _, want := range []string{"main.(cache).start", "iface | totals | postgres=12 redis=40", "lazy | totals | postgres=unbounded"} {
		if !strings.Contains(got, want) {
			t.Errorf("RTA map lacks %q (has RTA become precise? then revisit docs/budget.md):\n%s", want, got)
		}
	}
}

// TestBudgetBadInput: no main package, a package that does not
// type-check, cgo without a C compiler: a LoadError that says so.
func TestBudgetBadInput(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, dir, pattern, want string
		env                      []string
	}{
		{"no main", "testdata/shapes", "./internal/store", "matched no main package", nil},
		{"type error", "testdata/bad", "./typeerror", "do not load or type-check", nil},
		{"cgo", "testdata/bad", "./native", "the package uses cgo, which CGO_ENABLED=0 turns off", []string{"CGO_ENABLED=0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := budget.Run(budget.Config{Dir: tc.dir, Env: append(env(), tc.env...)}, tc.pattern)
			var le *budget.LoadError
			if err == nil || !errorsAs(err, &le) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want a LoadError containing %q", err, tc.want)
			}
		})
	}
}

func errorsAs(err error, le **budget.LoadError) bool {
	e, ok := err.(*budget.LoadError)
	*le = e
	return ok
}

// lines renders a report in the format of want.txt.
func lines(rep *budget.Report, trim string) []string {
	var out []string
	for _, b := range rep.Binaries {
		bin := strings.TrimPrefix(b.Package, trim)
		for _, p := range b.Pools {
			mult := p.Multiplicity
			if p.Instances > 1 {
				mult += fmt.Sprintf(" x%d", p.Instances)
			}
			limit := "-"
			if p.Limit != nil {
				limit = fmt.Sprint(*p.Limit)
			}
			lim := limit + "/" + p.LimitSource
			if p.LimitSource == budget.SourceConfig {
				lim = "config@" + p.LimitPosn
			}
			out = append(out, strings.Join([]string{bin, p.Posn, p.Constructor, p.Server, mult, lim, strings.Join(p.Path, " → ")}, " | "))
		}
		var totals []string
		for srv, tot := range b.Totals {
			s := srv + "=" + tot.String()
			if lb, ok := b.LowerBounds[srv]; ok {
				s += fmt.Sprintf("(>=%d)", lb)
			}
			totals = append(totals, s)
		}
		sort.Strings(totals)
		out = append(out, bin+" | totals | "+strings.Join(totals, " "))
	}
	return out
}

func readWant(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(filepath.FromSlash(path))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// compare reports missing and extra lines.
func compare(t *testing.T, got, want []string) {
	t.Helper()
	g := map[string]bool{}
	for _, l := range got {
		g[l] = true
	}
	w := map[string]bool{}
	for _, l := range want {
		w[l] = true
		if !g[l] {
			t.Errorf("missing: %s", l)
		}
	}
	for _, l := range got {
		if !w[l] {
			t.Errorf("extra:   %s", l)
		}
	}
}
