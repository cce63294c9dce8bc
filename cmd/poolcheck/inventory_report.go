package main

// The proposal of -inventory and its text output.

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// propose picks the sanctioned package and the shared accessors: the
// package with the most constructions that run once outside test files;
// ties go to a package that already keeps a pool in an exported
// package-level variable, then to a package other than main, then to more
// constructions in all, then to the shorter import path. A -allow or
// -shared the user gave is taken as is.
func propose(inv *inventory, set map[string]string) *proposal {
	exported := map[string]int{}
	for _, p := range inv.Pools {
		if p.Exported {
			exported[p.pkg]++
		}
	}
	var cands []candidate
	for _, g := range inv.Packages {
		c := candidate{Package: g.Path, Constructions: g.Constructions, Pools: exported[g.Path], Main: g.Main}
		for _, cg := range g.Clients {
			for _, k := range cg.Constructions {
				if !k.Test && k.Category == analyzer.CategoryConstruction {
					c.Once++
				}
			}
		}
		cands = append(cands, c)
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		return cmp.Or(
			-cmp.Compare(a.Once, b.Once),
			-cmp.Compare(a.Pools, b.Pools),
			cmp.Compare(boolInt(a.Main), boolInt(b.Main)),
			-cmp.Compare(a.Constructions, b.Constructions),
			cmp.Compare(strings.Count(a.Package, "/"), strings.Count(b.Package, "/")),
			cmp.Compare(a.Package, b.Package),
		)
	})
	p := &proposal{Candidates: cands[:min(len(cands), 5)], Shared: []string{}}
	best := cands[0]
	if allow, ok := set[analyzer.FlagAllow]; ok && allow != "" {
		p.Allow, p.FromFlags = strings.Split(allow, ","), true
		p.Why = "given with -allow"
	} else {
		p.Allow = []string{best.Package}
		p.Why = fmt.Sprintf("%d of the %d constructions that run once outside test files", best.Once, total(cands, func(c candidate) int { return c.Once }))
		if len(cands) > 1 && cands[1].Once == best.Once {
			switch {
			case best.Pools > cands[1].Pools:
				p.Why += "; it keeps a pool in a package-level variable"
			case !best.Main && cands[1].Main:
				p.Why += "; it is not a main package"
			default:
				p.Why += "; a tie: check it is the package that should own the pools"
			}
		}
	}
	if shared, ok := set[analyzer.FlagShared]; ok && shared != "" {
		p.Shared = strings.Split(shared, ",")
	} else {
		for _, pl := range inv.Pools {
			if pl.Exported && slices.ContainsFunc(p.Allow, func(a string) bool { return analyzer.AllowMatches(a, pl.pkg) }) {
				p.Shared = append(p.Shared, pl.Accessor)
			}
		}
	}
	return p
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func total(cs []candidate, f func(candidate) int) int {
	n := 0
	for _, c := range cs {
		n += f(c)
	}
	return n
}

// countFindings counts the findings of a's root actions before the
// baseline, once for a file shared by a package and its test variant, and,
// if a has a baseline, those that it reports (not in the baseline).
func countFindings(graph *checker.Graph, a *analysis.Analyzer) (int, map[string]int, *int) {
	seen := map[string]bool{}
	by := map[string]int{}
	n := 0
	var reported *int
	if f := a.Flags.Lookup(analyzer.FlagBaseline); f != nil && f.Value.String() != "" {
		reported = new(int)
	}
	seenReported := map[string]bool{}
	for act, res := range rootResults(graph, a) {
		for _, f := range res.Findings {
			id := fmt.Sprintf("%s %s %s", act.Package.Fset.Position(f.Pos), f.Category, f.Key.String())
			if seen[id] {
				continue
			}
			seen[id] = true
			by[f.Category]++
			n++
		}
		for _, d := range act.Diagnostics {
			id := fmt.Sprintf("%s %s", act.Package.Fset.Position(d.Pos), d.Category)
			if reported != nil && !seenReported[id] && d.Category != analyzer.CategoryDirective && d.Category != analyzer.CategoryStale {
				seenReported[id] = true
				*reported++
			}
		}
	}
	return n, by, reported
}

// commandLine renders poolcheck with mode, the flags in set (-allow and
// -shared first) and the patterns.
func commandLine(mode string, set map[string]string, patterns []string) string {
	parts := []string{"poolcheck"}
	if mode != "" {
		parts = append(parts, mode)
	}
	for _, name := range []string{analyzer.FlagAllow, analyzer.FlagShared} {
		if v := set[name]; v != "" {
			parts = append(parts, "-"+name+"="+v)
		}
	}
	var rest []string
	for name, v := range set {
		if name == analyzer.FlagBaseline && mode != "" {
			continue // -write-baseline rewrites it
		}
		if name != analyzer.FlagAllow && name != analyzer.FlagShared {
			rest = append(rest, "-"+name+"="+v)
		}
	}
	slices.Sort(rest)
	parts = append(parts, rest...)
	parts = append(parts, patterns...)
	return strings.Join(parts, " ")
}

// writeInventory prints the inventory for people.
func writeInventory(w io.Writer, inv *inventory) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d constructions in %d packages\n", inv.Constructions, len(inv.Packages))
	for _, g := range inv.Packages {
		kind := ""
		if g.Main {
			kind = " (main)"
		}
		fmt.Fprintf(&b, "\n%s%s: %d\n", g.Path, kind, g.Constructions)
		for _, cg := range g.Clients {
			fmt.Fprintf(&b, "  %s: %d\n", cg.Type, len(cg.Constructions))
			for _, c := range cg.Constructions {
				fmt.Fprintf(&b, "    %s:%d:%d: %s in %s%s\n", c.File, c.Line, c.Column, c.Written, c.Function, c.marks())
			}
		}
	}
	if len(inv.Pools) > 0 {
		fmt.Fprintf(&b, "\npackage-level pools:\n")
		for _, p := range inv.Pools {
			note := ""
			if !p.Exported {
				note = " (unexported: export it, or add an accessor function, to use it as -shared)"
			}
			fmt.Fprintf(&b, "  %s %s, %s:%d, %s%s\n", p.Accessor, p.Type, p.File, p.Line, p.How, note)
		}
	}
	p := inv.Proposal
	if p == nil {
		fmt.Fprintf(&b, "\nnothing to configure: no package constructs a client\n")
	} else {
		fmt.Fprintf(&b, "\nproposed configuration:\n")
		fmt.Fprintf(&b, "  -%s=%s\n      %s\n", analyzer.FlagAllow, strings.Join(p.Allow, ","), p.Why)
		if len(p.Candidates) > 1 && !p.FromFlags {
			var others []string
			for _, c := range p.Candidates[1:] {
				others = append(others, fmt.Sprintf("%s (%d)", c.Package, c.Once))
			}
			fmt.Fprintf(&b, "      next: %s\n", strings.Join(others, ", "))
		}
		if len(p.Shared) > 0 {
			fmt.Fprintf(&b, "  -%s=%s\n", analyzer.FlagShared, strings.Join(p.Shared, ","))
		} else {
			fmt.Fprintf(&b, "  no -%s: the sanctioned package keeps no pool in an exported package-level variable\n", analyzer.FlagShared)
		}
		var cats []string
		for _, c := range slices.Sorted(maps.Keys(p.ByCategory)) {
			cats = append(cats, fmt.Sprintf("%d %s", p.ByCategory[c], c))
		}
		detail := ""
		if len(cats) > 0 {
			detail = " (" + strings.Join(cats, ", ") + ")"
		}
		fmt.Fprintf(&b, "  findings with it: %d%s\n", p.Findings, detail)
		if p.New != nil {
			fmt.Fprintf(&b, "  not in the baseline: %d\n", *p.New)
		}
		b.WriteString("\n")
		fmt.Fprintf(&b, "check:    %s\n", p.Command)
		fmt.Fprintf(&b, "baseline: %s\n", p.Baseline)
	}
	if inv.Incomplete {
		fmt.Fprintf(&b, "\nincomplete: a package failed to load or analyse\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// marks says where a construction runs: in a test file, a loop, a handler,
// or again and again as the analyzer found (other handler shapes,
// goroutines).
func (c *construction) marks() string {
	var m []string
	if c.Test {
		m = append(m, "test")
	}
	if c.Loop > 0 {
		m = append(m, fmt.Sprintf("loop at line %d", c.Loop))
	}
	if c.Handler != "" {
		m = append(m, "handler "+c.Handler)
	}
	if c.Category == analyzer.CategoryRepeated {
		m = append(m, "repeated")
	}
	if len(m) == 0 {
		return ""
	}
	return " [" + strings.Join(m, ", ") + "]"
}
