package main_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestBudgetJSON checks the -json contract of -budget on the bundled
// example (docs/budget.md): field names, null limits, totals as numbers
// or strings.
func TestBudgetJSON(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("slow end-to-end test: runs in go test ./..., skipped under -short")
	}
	stdout, stderr, code := run(t, "../..", "-budget", "-json", "./example/...")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Binaries []struct {
			Package string `json:"package"`
			Pools   []struct {
				Posn         string   `json:"posn"`
				Constructor  string   `json:"constructor"`
				Server       string   `json:"server"`
				Multiplicity string   `json:"multiplicity"`
				Limit        *int     `json:"limit"`
				LimitSource  string   `json:"limit_source"`
				Path         []string `json:"path"`
			} `json:"pools"`
			Totals map[string]any `json:"totals"`
		} `json:"binaries"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	got := map[string]string{}
	for _, b := range rep.Binaries {
		var pools []string
		for _, p := range b.Pools {
			limit := "null"
			if p.Limit != nil {
				limit = itoa(*p.Limit)
			}
			pools = append(pools, p.Posn+" "+p.Constructor+" "+p.Server+" "+p.Multiplicity+" "+limit+" "+p.LimitSource+" ["+strings.Join(p.Path, ",")+"]")
		}
		tot, _ := json.Marshal(b.Totals)
		got[b.Package] = strings.Join(pools, "; ") + " totals " + string(tot)
	}
	want := map[string]string{
		"github.com/poolcheck/poolcheck/example/cmd/server": "example/handlers/users.go:14:15 database/sql.Open postgres per-request null none [handlers.Users]; " +
			"example/internal/db/db.go:14:15 database/sql.Open postgres once 20 constant [main.init,db.init,db.open] totals {\"postgres\":\"unbounded\"}",
		"github.com/poolcheck/poolcheck/example/cmd/worker":       "example/internal/db/db.go:14:15 database/sql.Open postgres once 20 constant [main.init,db.init,db.open] totals {\"postgres\":20}",
		"github.com/poolcheck/poolcheck/example/scripts/backfill": "example/scripts/backfill/main.go:11:15 database/sql.Open postgres once null none [main.main] totals {\"postgres\":\"unbounded\"}",
	}
	for pkg, w := range want {
		if got[pkg] != w {
			t.Errorf("%s:\n got %s\nwant %s", pkg, got[pkg], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("binaries: %v", got)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestBudgetGateAndSizing: -budget-max and -replicas/-max-connections set
// the exit status; the text table names the per-request pool.
func TestBudgetGateAndSizing(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("slow end-to-end test: runs in go test ./..., skipped under -short")
	}
	stdout, stderr, code := run(t, "../..", "-budget", "-budget-max", "postgres=25", "-replicas", "worker=4,server=1", "-max-connections", "postgres=90", "./example/cmd/...")
	if code != 3 {
		t.Fatalf("exit %d, want 3: %s", code, stderr)
	}
	for _, want := range []string{
		"poolcheck: budget exceeded: github.com/poolcheck/poolcheck/example/cmd/server: postgres connections are unbounded (budget 25): sql.Open at example/handlers/users.go:14:15 runs on every request to handlers.Users",
		"poolcheck: the deployment does not fit in -max-connections",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "example/cmd/worker:") {
		t.Errorf("the worker (20 connections) is within its budget of 25:\n%s", stderr)
	}
	for _, want := range []string{"per-request", "handlers.Users", "total per process: postgres 20", "postgres: unbounded"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	// The worker alone: 4 replicas × 20 = 80 fit in 90, and 25 per process.
	stdout, stderr, code = run(t, "../..", "-budget", "-budget-max", "postgres=25", "-replicas", "4", "-max-connections", "postgres=90", "./example/cmd/worker")
	if code != 0 || !strings.Contains(stdout, "postgres: 80 connections fit in max_connections = 90") {
		t.Errorf("exit %d\n%s\n%s", code, stdout, stderr)
	}
}

// TestBudgetMermaid: a flowchart in a mermaid block, binary → site → server.
func TestBudgetMermaid(t *testing.T) {
	if testing.Short() {
		t.Skip("slow end-to-end test: runs in go test ./..., skipped under -short")
	}
	t.Parallel()
	stdout, stderr, code := run(t, "../..", "-budget", "-mermaid", "./example/cmd/worker")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := "```mermaid\nflowchart LR\n" +
		"  b0[[\"github.com/poolcheck/poolcheck/example/cmd/worker\"]]\n" +
		"  b0p0(\"sql.Open<br/>example/internal/db/db.go:14:15\")\n" +
		"  b0 -->|\"once\"| b0p0\n" +
		"  b0p0 -->|\"20 (constant)\"| s_postgres\n" +
		"  s_postgres[(\"postgres\")]\n" +
		"  classDef unbounded stroke:#d00,stroke-width:2px\n```\n"
	if stdout != want {
		t.Errorf("got\n%s\nwant\n%s", stdout, want)
	}
}

// TestBudgetErrors: bad input gives a clear message and a non-zero exit.
func TestBudgetErrors(t *testing.T) {
	t.Parallel()
	env := []string{"GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off"}
	for _, tc := range []struct {
		name string
		dir  string
		args []string
		code int
		want string
	}{
		{"bad budget", "../..", []string{"-budget", "-budget-max", "postgres", "./example/..."}, 2, `malformed -budget-max entry "postgres": want kind=N`},
		{"bad number", "../..", []string{"-budget", "-budget-max", "postgres=many", "./example/..."}, 2, `"many" is not a number of connections`},
		{"two outputs", "../..", []string{"-budget", "-json", "-mermaid", "./example/..."}, 2, "choose one"},
		{"max-connections alone", "../..", []string{"-budget", "-max-connections", "postgres=90", "./example/..."}, 2, "-max-connections needs -replicas"},
		{"bad replicas", "../..", []string{"-budget", "-replicas", "many", "./example/..."}, 2, "malformed -replicas"},
		{"bad cpus", "../..", []string{"-budget", "-cpus", "0", "./example/..."}, 2, "-cpus must be positive"},
		{"bad allow", "../..", []string{"-budget", "-allow", "example.com/[", "./example/..."}, 2, `malformed -allow pattern "example.com/["`},
		{"bad constructor", "../..", []string{"-budget", "-constructors", "notaname", "./example/..."}, 2, `malformed constructor "notaname"`},
		{"unknown flag", "../..", []string{"-budget", "-nosuch", "./example/..."}, 2, "run poolcheck -budget -h for the flags"},
		{"bad call graph", "../..", []string{"-budget", "-callgraph", "pta", "./example/cmd/worker"}, 2, `unknown call graph "pta"`},
		{"no main", "../..", []string{"-budget", "./example/internal/db"}, 1, "matched no main package"},
		{"type error", "../../internal/budget/testdata/bad", []string{"-budget", "./typeerror"}, 1, "do not load or type-check"},
		{"no packages", "../..", []string{"-budget"}, 2, "usage: poolcheck -budget"},
		{"cgo", "../../internal/budget/testdata/bad", []string{"-budget", "./native"}, 1, "the package uses cgo, which CGO_ENABLED=0 turns off"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := env
			if tc.name == "cgo" {
				env = append(slices.Clone(env), "CGO_ENABLED=0")
			}
			_, stderr, code := runEnv(t, tc.dir, env, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, want %d; stderr:\n%s\nwant %q", code, tc.code, stderr, tc.want)
			}
			if tc.name != "no packages" && strings.Contains(stderr, "usage:") {
				t.Errorf("a bad value printed the whole usage:\n%s", stderr)
			}
		})
	}
}

// TestBudgetHelp: -h and -budget -h explain every flag of the mode.
func TestBudgetHelp(t *testing.T) {
	t.Parallel()
	_, main, _ := run(t, ".", "-h")
	_, mode, _ := run(t, ".", "-budget", "-h")
	for _, f := range []string{"budget", "budget-max", "replicas", "max-connections", "cpus", "mermaid", "callgraph"} {
		if !strings.Contains(main, "  -"+f+" ") && !strings.Contains(main, "  -"+f+"\n") {
			t.Errorf("poolcheck -h does not list -%s", f)
		}
		if f != "budget" && !strings.Contains(mode, "  -"+f) {
			t.Errorf("poolcheck -budget -h does not list -%s", f)
		}
	}
	for _, f := range []string{"allow", "constructors", "json"} {
		if !strings.Contains(mode, "  -"+f) {
			t.Errorf("poolcheck -budget -h does not list -%s", f)
		}
	}
}
