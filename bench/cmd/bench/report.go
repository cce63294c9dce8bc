package main

import (
	"fmt"
	"io"
	"math"
	"sort"
	"time"
)

// median of one metric over samples.
func median[T int64 | time.Duration](samples []sample, f func(sample) T) T {
	v := make([]T, len(samples))
	for i, s := range samples {
		v[i] = f(s)
	}
	sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

func wall(s sample) time.Duration { return s.wall }
func cpu(s sample) time.Duration  { return s.cpu }
func rss(s sample) int64          { return s.rssKiB }

type summary struct {
	wall, cpu time.Duration
	rssKiB    int64
	findings  int
	minWall   time.Duration
	maxWall   time.Duration
}

func summarize(samples []sample) summary {
	s := summary{wall: median(samples, wall), cpu: median(samples, cpu), rssKiB: median(samples, rss), minWall: samples[0].wall, maxWall: samples[0].wall}
	for _, x := range samples {
		s.minWall, s.maxWall = min(s.minWall, x.wall), max(s.maxWall, x.wall)
		s.findings = x.findings
	}
	return s
}

func mib(kib int64) float64 { return float64(kib) / 1024 }

func writeOverhead(w io.Writer, r moduleResult) {
	fmt.Fprintf(w, "## Overhead on %s (%s)\n\n", r.m.path, r.m.note)
	fmt.Fprintf(w, "%d lines in %d packages (with tests) type-checked from source, %d lines in %d dependency packages from export data; `./...` with a warm build cache; poolcheck -allow=%s.\n\n",
		r.loc.roots, r.loc.rootPkgs, r.loc.deps, r.loc.depPkgs, r.m.allow)
	fmt.Fprintln(w, "| tool | runs | wall (s) | wall min–max (s) | CPU user+sys (s) | peak RSS (MiB) | findings |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, t := range r.tools {
		s := summarize(r.samples[t.name])
		fmt.Fprintf(w, "| %s | %d | %.2f | %.2f–%.2f | %.2f | %.0f | %d |\n", t.name, len(r.samples[t.name]), s.wall.Seconds(), s.minWall.Seconds(), s.maxWall.Seconds(), s.cpu.Seconds(), mib(s.rssKiB), s.findings)
	}
	pc, noop := summarize(r.samples["poolcheck"]), summarize(r.samples["noop"])
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| ratio | wall | CPU | peak RSS |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: |")
	ratio := func(name string, a, b summary) {
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f |\n", name,
			a.wall.Seconds()/b.wall.Seconds(), a.cpu.Seconds()/b.cpu.Seconds(), float64(a.rssKiB)/float64(b.rssKiB))
	}
	ratio("poolcheck / noop", pc, noop)
	for _, t := range r.tools {
		if t.name != "noop" && t.name != "poolcheck" {
			ratio("poolcheck / "+t.name, pc, summarize(r.samples[t.name]))
		}
	}
	fmt.Fprintf(w, "\nTargets: poolcheck/noop wall ≤ 1.05: %s; peak RSS ≤ 1.10: %s; faster than forbidigo (catalog): %s.\n\n",
		verdict(pc.wall.Seconds()/noop.wall.Seconds() <= 1.05),
		verdict(float64(pc.rssKiB)/float64(noop.rssKiB) <= 1.10),
		verdict(pc.wall < summarize(r.samples["forbidigo (catalog)"]).wall))
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}

func writeScaling(w io.Writer, rs []moduleResult) {
	fmt.Fprintln(w, "## Scaling")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Lines are those type-checked from source (the module's packages with their tests); dependencies come from the build cache. Medians, warm build cache.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| module | lines | packages | noop wall (s) | poolcheck wall (s) | poolcheck CPU (s) | poolcheck − noop CPU (s) | CPU per kLOC (ms) | peak RSS (MiB) | findings |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	var xs, ys []float64
	for _, r := range rs {
		pc, noop := summarize(r.samples["poolcheck"]), summarize(r.samples["noop"])
		kloc := float64(r.loc.roots) / 1000
		fmt.Fprintf(w, "| %s (%s) | %d | %d | %.2f | %.2f | %.2f | %+.2f | %.1f | %.0f | %d |\n",
			r.m.path, r.m.label, r.loc.roots, r.loc.rootPkgs, noop.wall.Seconds(), pc.wall.Seconds(), pc.cpu.Seconds(),
			pc.cpu.Seconds()-noop.cpu.Seconds(), 1000*pc.cpu.Seconds()/kloc, mib(pc.rssKiB), pc.findings)
		xs, ys = append(xs, kloc), append(ys, pc.cpu.Seconds())
	}
	if len(xs) >= 3 {
		a, b, r2 := fit(xs, ys)
		fmt.Fprintf(w, "\nLeast-squares fit of poolcheck CPU time on size: %.2f s + %.2f ms per kLOC, R² = %.3f.\n", a, 1000*b, r2)
	}
	fmt.Fprintln(w)
}

// fit returns y = a + b·x and its R².
func fit(xs, ys []float64) (a, b, r2 float64) {
	n := float64(len(xs))
	var sx, sy, sxx, sxy float64
	for i := range xs {
		sx, sy, sxx, sxy = sx+xs[i], sy+ys[i], sxx+xs[i]*xs[i], sxy+xs[i]*ys[i]
	}
	b = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	a = (sy - b*sx) / n
	var ssRes, ssTot float64
	for i := range xs {
		ssRes += math.Pow(ys[i]-(a+b*xs[i]), 2)
		ssTot += math.Pow(ys[i]-sy/n, 2)
	}
	return a, b, 1 - ssRes/ssTot
}

func writeVet(w io.Writer, m module, r vetResult) {
	fmt.Fprintf(w, "## go vet -vettool on %s\n\n", m.path)
	fmt.Fprintf(w, "%d lines of the module, %d lines of dependencies. Cold: an empty GOCACHE, so every dependency is compiled. Warm: a warm build cache, with a new flag value per run so that go vet analyses instead of replaying results. Cached: the same command again (go vet replays its cached results).\n\n", r.loc.roots, r.loc.deps)
	fmt.Fprintln(w, "| cache | noop wall (s) | poolcheck wall (s) | wall ratio | noop CPU (s) | poolcheck CPU (s) | CPU ratio | noop peak RSS (MiB) | poolcheck peak RSS (MiB) |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, state := range []string{"cold", "warm", "cached"} {
		n, p := r.samples["noop "+state], r.samples["poolcheck "+state]
		if len(n) == 0 || len(p) == 0 {
			continue
		}
		ns, ps := summarize(n), summarize(p)
		fmt.Fprintf(w, "| %s | %.2f | %.2f | %.3f | %.2f | %.2f | %.3f | %.0f | %.0f |\n", state,
			ns.wall.Seconds(), ps.wall.Seconds(), ps.wall.Seconds()/ns.wall.Seconds(),
			ns.cpu.Seconds(), ps.cpu.Seconds(), ps.cpu.Seconds()/ns.cpu.Seconds(), mib(ns.rssKiB), mib(ps.rssKiB))
	}
	fmt.Fprintln(w)
}

// writeFacts compares poolcheck -wrappers, whose facts make the driver
// load every dependency from source, with noop -facts, the floor of that
// mode, and with poolcheck without facts.
func writeFacts(w io.Writer, rs []moduleResult) {
	header := false
	for _, r := range rs {
		pw, nf := r.samples["poolcheck -wrappers"], r.samples["noop -facts"]
		if len(pw) == 0 || len(nf) == 0 {
			continue
		}
		if !header {
			fmt.Fprintln(w, "## Facts mode (-wrappers)")
			fmt.Fprintln(w)
			fmt.Fprintln(w, "With -wrappers poolcheck declares a fact, so the driver parses and type-checks every dependency from source and analyses it. The floor is noop -facts (the same driver work).")
			fmt.Fprintln(w)
			fmt.Fprintln(w, "| module | noop -facts wall (s) | poolcheck -wrappers wall (s) | wall ratio | CPU ratio | RSS ratio | peak RSS (MiB) | × poolcheck without facts (wall) | findings (without → with) |")
			fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
			header = true
		}
		p, n, plain := summarize(pw), summarize(nf), summarize(r.samples["poolcheck"])
		fmt.Fprintf(w, "| %s (%s) | %.2f | %.2f | %.3f | %.3f | %.3f | %.0f | %.1f | %d → %d |\n", r.m.path, r.m.label,
			n.wall.Seconds(), p.wall.Seconds(), p.wall.Seconds()/n.wall.Seconds(), p.cpu.Seconds()/n.cpu.Seconds(),
			float64(p.rssKiB)/float64(n.rssKiB), mib(p.rssKiB), p.wall.Seconds()/plain.wall.Seconds(), plain.findings, p.findings)
	}
	if header {
		fmt.Fprintln(w)
	}
}
