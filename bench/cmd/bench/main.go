// Command bench measures what poolcheck costs on top of loading and
// type-checking, on real modules pinned from the Go module proxy.
//
// For each module of the plan it compares, in alternating rounds with the
// same driver (singlechecker) and a warm build cache:
//
//   - noop: internal/noop, an analyzer that requires inspect.Analyzer and does
//     nothing: the floor (go list, parsing, type checking, the inspector);
//   - poolcheck with a realistic -allow;
//   - forbidigo (bench/forbidigo) with type analysis, configured for the
//     same rule: once with one pattern per catalogued package (the whole
//     catalog) and once with two patterns (sql.Open, pgxpool.New).
//
// It then runs "go vet -vettool" with noop and poolcheck on one module,
// with an empty build cache (cold) and a warm one, and prints Markdown
// tables: medians of wall time, CPU time (user+sys of the process and its
// children) and peak RSS, the ratios poolcheck/noop and poolcheck/forbidigo,
// and time per thousand lines for the scaling table.
//
// Run it through scripts/bench.sh from the repository root.
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// module is one module of the plan.
type module struct {
	label string // small, medium ...
	path  string // module@version, served by the Go module proxy
	allow string // the sanctioned package, poolcheck's -allow
	note  string
	facts bool // also measure poolcheck -wrappers against noop -facts
}

// plan is ordered by size. Each module has database code; allow names the
// package that owns its pool.
var plan = []module{
	{"small", "github.com/pressly/goose/v3@v3.30.0", "github.com/pressly/goose/v3/database", "migration tool", true},
	{"medium", "github.com/jackc/pgx/v5@v5.12.0", "github.com/jackc/pgx/v5/pgxpool", "PostgreSQL driver", true},
	{"large", "github.com/ydb-platform/ydb-go-sdk/v3@v3.156.1", "github.com/ydb-platform/ydb-go-sdk/v3", "YDB SDK", false},
	{"xlarge", "code.gitea.io/gitea@v1.26.0", "code.gitea.io/gitea/models/db", "Gitea, a web application", false},
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	rounds := flag.Int("rounds", 5, "measured runs of each tool per module (the median is reported)")
	coldRounds := flag.Int("cold-rounds", 3, "go vet runs with an empty build cache per tool")
	only := flag.String("modules", "", "comma-separated labels of the modules to measure (default: all of "+labels()+")")
	vetLabel := flag.String("vet", "medium", "label of the module for the go vet measurements (\"\" skips them)")
	work := flag.String("work", filepath.Join(os.TempDir(), "poolcheck-bench"), "work directory: binaries and module copies (kept between runs)")
	out := flag.String("out", "", "also write the report to this file")
	verbose := flag.Bool("v", false, "log every run")
	flag.Parse()
	if flag.NArg() > 0 {
		log.Fatalf("unexpected arguments %q", flag.Args())
	}

	repo, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(repo, "cmd", "poolcheck")); err != nil {
		log.Fatal("run from the repository root (scripts/bench.sh does)")
	}
	b := &bench{repo: repo, work: *work, verbose: *verbose}
	b.buildTools()

	var report strings.Builder
	w := io.MultiWriter(os.Stdout, &report)
	fmt.Fprintf(w, "# poolcheck benchmark\n\n%s, %d rounds, medians; %s, GOMAXPROCS %d; load average at the start %s\n\n", time.Now().UTC().Format("2006-01-02"), *rounds, goVersion(), numCPU(), loadAverage())

	var results []moduleResult
	for _, m := range plan {
		if *only != "" && !contains(strings.Split(*only, ","), m.label) {
			continue
		}
		results = append(results, b.measureModule(m, *rounds))
	}
	if len(results) > 0 {
		writeOverhead(w, results[len(results)-1])
		writeScaling(w, results)
		writeFacts(w, results)
	}
	if *vetLabel != "" {
		for _, m := range plan {
			if m.label == *vetLabel {
				writeVet(w, m, b.measureVet(m, *rounds, *coldRounds))
			}
		}
	}
	fmt.Fprintf(w, "Load average at the end: %s (other processes on the machine slow wall times; CPU times are steadier).\n", loadAverage())
	if *out != "" {
		if err := os.WriteFile(*out, []byte(report.String()), 0o666); err != nil {
			log.Fatal(err)
		}
	}
}

func labels() string {
	var l []string
	for _, m := range plan {
		l = append(l, m.label)
	}
	return strings.Join(l, ",")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.TrimSpace(x) == s {
			return true
		}
	}
	return false
}

// loadAverage is the 1-minute load average, or "?" where /proc is absent.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(data))[0]
}
