package main

// -budget maps, for every binary (main package) the patterns match, the
// pools it can open, how often, with which limit and to which server, and
// totals the connections of one process per server kind
// (internal/budget, docs/budget.md). It is a whole-program analysis, so it
// is standalone: it never runs under go vet or golangci-lint.

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/poolcheck/poolcheck/analyzer"
	"github.com/poolcheck/poolcheck/internal/budget"
)

const (
	budgetFlag  = "budget"
	budgetUsage = "map, per binary (main package), every pool reachable from main and init: multiplicity, limit, server and the\n" +
		"connections one process can open per server kind; exit 3 when -budget-max is exceeded (standalone only; see docs/budget.md)"
)

// Flags of -budget, for -h and the docs test.
const (
	budgetMaxFlag      = "budget-max"
	replicasFlag       = "replicas"
	maxConnectionsFlag = "max-connections"
	cpusFlag           = "cpus"
	mermaidFlag        = "mermaid"
	callGraphFlag      = "callgraph"
)

// budgetFlags lists the flags -budget adds to the command line, with
// their usage, so that the main -h lists them too.
var budgetFlags = []struct{ name, value, usage string }{
	{budgetMaxFlag, "", "with -budget: comma-separated `kind=N` budgets, e.g. postgres=25,redis=50: exit 3 when one process of a binary\n" +
		"can open more than N connections to that kind of server, or an unbounded number, or a number that depends on configuration"},
	{replicasFlag, "", "with -budget: replicas of each binary, `N` for all or binary=N,... by package path or last element (api=4,worker=2):\n" +
		"prints the connections of the whole deployment per server kind"},
	{maxConnectionsFlag, "", "with -budget and -replicas: comma-separated `kind=N`, the server's max_connections less its reserve\n" +
		"(e.g. postgres=90): exit 3 when the deployment does not fit"},
	{cpusFlag, strconv.Itoa(budget.DefaultCPUs), "with -budget: `N` CPUs (GOMAXPROCS) of one process in production, for library defaults that grow with the machine\n" +
		"(pgxpool MaxConns max(4, N), go-redis PoolSize 10×N)"},
	{mermaidFlag, "false", "with -budget: print the map as a Mermaid flowchart in a mermaid code block (for pull-request comments and markdown)"},
	{callGraphFlag, budget.VTA, "with -budget: call graph `algorithm`: vta (RTA reachability refined by VTA), rta or cha"},
}

// registerBudgetFlags registers -budget and its flags on fs, for -h.
func registerBudgetFlags(fs *flag.FlagSet) {
	fs.Bool(budgetFlag, false, budgetUsage)
	for _, f := range budgetFlags {
		if f.value == "false" {
			fs.Bool(f.name, false, f.usage)
		} else {
			fs.String(f.name, f.value, f.usage)
		}
	}
}

// runBudget implements -budget. Exit status: 0, 3 when a budget or
// max_connections is exceeded, 1 when the program does not load (or has no
// main package), 2 for bad flags.
func runBudget(args []string) int {
	return budgetMain(args, os.Stdout, os.Stderr, "")
}

// budgetMain is runBudget with its outputs and directory, for tests.
func budgetMain(args []string, stdout, stderr io.Writer, dir string) int {
	fs := flag.NewFlagSet("poolcheck -budget", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Bool(budgetFlag, false, budgetUsage)
	jsonOut := fs.Bool("json", false, "with -budget: print the map as JSON (the stable contract in docs/budget.md)")
	var cfg budget.Config
	a, _ := analyzer.NewAnalyzer(analyzer.Config{})
	fs.Var(analyzer.ListFlag(analyzer.FlagAllow, &cfg.Analyzer.Allow), analyzer.FlagAllow, a.Flags.Lookup(analyzer.FlagAllow).Usage+"\n(with -budget: marks the pools of sanctioned packages)")
	fs.Var(analyzer.ListFlag(analyzer.FlagConstructors, &cfg.Analyzer.Constructors), analyzer.FlagConstructors, a.Flags.Lookup(analyzer.FlagConstructors).Usage)
	maxFlag := fs.String(budgetMaxFlag, "", budgetFlags[0].usage)
	replicas := fs.String(replicasFlag, "", budgetFlags[1].usage)
	maxConns := fs.String(maxConnectionsFlag, "", budgetFlags[2].usage)
	fs.IntVar(&cfg.CPUs, cpusFlag, budget.DefaultCPUs, budgetFlags[3].usage)
	mermaid := fs.Bool(mermaidFlag, false, budgetFlags[4].usage)
	fs.StringVar(&cfg.CallGraph, callGraphFlag, budget.VTA, budgetFlags[5].usage)
	usage := func() {
		fmt.Fprintf(stderr, "usage: poolcheck -budget [flags] packages (e.g. ./cmd/... or ./...; every main package is a binary)\n")
		fs.PrintDefaults()
	}
	// A bad value gets its one-line error (printed by Parse) and a hint, not
	// the whole flag list.
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage()
			return 0
		}
		fmt.Fprintln(stderr, "run poolcheck -budget -h for the flags")
		return 2
	}
	fs.Usage = usage
	patterns := fs.Args()
	for _, p := range patterns {
		if strings.HasPrefix(p, "-") {
			fmt.Fprintf(stderr, "poolcheck: flag %s after the packages: flags go first\n", p)
			return 2
		}
	}
	if len(patterns) == 0 {
		fs.Usage()
		return 2
	}
	bad := func(err error) int {
		fmt.Fprintf(stderr, "poolcheck: %v\n", err)
		return 2
	}
	if *jsonOut && *mermaid {
		return bad(errors.New("-json and -mermaid are two outputs: choose one"))
	}
	if cfg.CPUs <= 0 {
		return bad(fmt.Errorf("-%s must be positive, got %d", cpusFlag, cfg.CPUs))
	}
	var gate budget.Max
	if *maxFlag != "" {
		m, err := budget.ParseMax(*maxFlag)
		if err != nil {
			return bad(err)
		}
		gate = m
	}
	var sizing *budget.Sizing
	if *replicas != "" {
		r, err := parseReplicas(*replicas)
		if err != nil {
			return bad(err)
		}
		sizing = &budget.Sizing{Replicas: r}
		if *maxConns != "" {
			m, err := budget.ParseMax(*maxConns)
			if err != nil {
				return bad(fmt.Errorf("-%s: %v", maxConnectionsFlag, strings.ReplaceAll(err.Error(), "-budget-max", "-"+maxConnectionsFlag)))
			}
			sizing.MaxConns = m
		}
	} else if *maxConns != "" {
		return bad(fmt.Errorf("-%s needs -%s: the deployment's connections are those of each binary times its replicas", maxConnectionsFlag, replicasFlag))
	}
	cfg.Dir = dir
	if os.Getenv("POOLCHECK_TIMINGS") != "" {
		// How long each step takes (docs/budget.md, Performance).
		cfg.Timings = func(step string, d time.Duration) {
			fmt.Fprintf(stderr, "poolcheck: %-40s %6.2fs\n", step, d.Seconds())
		}
	}
	rep, err := budget.Run(cfg, patterns...)
	if err != nil {
		var le *budget.LoadError
		if errors.As(err, &le) {
			fmt.Fprintf(stderr, "poolcheck: %v\n", err)
			return 1
		}
		return bad(err)
	}
	switch {
	case *jsonOut:
		err = rep.WriteJSON(stdout)
	case *mermaid:
		fmt.Fprintln(stdout, "```mermaid")
		err = rep.WriteMermaid(stdout)
		fmt.Fprintln(stdout, "```")
	default:
		err = rep.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "poolcheck: %v\n", err)
		return 1
	}
	status := 0
	if gate != nil {
		for _, v := range rep.Violations(gate) {
			fmt.Fprintf(stderr, "poolcheck: budget exceeded: %s\n", v)
			status = 3
		}
	}
	if sizing != nil {
		lines, fits := rep.Size(*sizing)
		out := stdout
		if *jsonOut || *mermaid {
			out = stderr // keep the machine-readable output clean
		}
		fmt.Fprintln(out, "deployment:")
		for _, l := range lines {
			fmt.Fprintf(out, "  %s\n", l)
		}
		if !fits {
			fmt.Fprintln(stderr, "poolcheck: the deployment does not fit in -max-connections")
			status = 3
		}
	}
	return status
}

// parseReplicas parses "4" or "api=4,worker=2".
func parseReplicas(s string) (map[string]int, error) {
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
		if n <= 0 {
			return nil, fmt.Errorf("-%s must be positive, got %d", replicasFlag, n)
		}
		return map[string]int{"": n}, nil
	}
	m, err := budget.ParseMax(s)
	if err != nil {
		return nil, fmt.Errorf("malformed -%s %q: want N, or binary=N,... (api=4,worker=2)", replicasFlag, s)
	}
	return m, nil
}
