package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/poolcheck/poolcheck/internal/modcopy"
)

// bench holds the built tools and the work directory.
type bench struct {
	repo, work string
	verbose    bool
	bin        map[string]string // tool name -> binary
	forbidigo  []string          // -p flags: the catalog as forbidigo patterns
	wrappers   bool              // poolcheck has -wrappers (facts)
}

// tool is one command measured on a module.
type tool struct {
	name      string
	bin       string
	args      []string // flags before the package pattern
	maxRounds int      // if positive, measure at most this many runs (slow tools)
}

// sample is one run.
type sample struct {
	wall, cpu time.Duration
	rssKiB    int64
	findings  int
}

func (b *bench) buildTools() {
	bin := filepath.Join(b.work, "bin")
	b.bin = map[string]string{}
	for _, t := range []struct{ name, dir, pkg string }{
		{"poolcheck", b.repo, "./cmd/poolcheck"},
		{"noop", b.repo, "./bench/cmd/noop"},
		{"forbidigo", filepath.Join(b.repo, "bench", "forbidigo"), "."},
	} {
		out := filepath.Join(bin, t.name)
		cmd := exec.Command("go", "build", "-o", out, t.pkg)
		cmd.Dir = t.dir
		if msg, err := cmd.CombinedOutput(); err != nil {
			log.Fatalf("building %s: %v\n%s", t.name, err, msg)
		}
		b.bin[t.name] = out
	}
	catalog, err := exec.Command(b.bin["poolcheck"], "-catalog").Output()
	if err != nil {
		log.Fatalf("poolcheck -catalog: %v", err)
	}
	b.forbidigo = forbidigoPatterns(string(catalog))
	flags, err := exec.Command(b.bin["poolcheck"], "-flags").Output()
	if err != nil {
		log.Fatalf("poolcheck -flags: %v", err)
	}
	b.wrappers = bytes.Contains(flags, []byte(`"Name": "wrappers"`))
}

// tools returns the commands compared on m.
func (b *bench) tools(m module) []tool {
	fb := []string{"-analyze_types", "-examples"}
	two := append(fb[:len(fb):len(fb)],
		"-p", `{"p": "^[^.]+\\.Open$", "pkg": "^database/sql$"}`,
		"-p", `{"p": "^[^.]+\\.New$", "pkg": "^github\\.com/jackc/pgx/v5/pgxpool$"}`)
	var all []string
	for _, p := range b.forbidigo {
		all = append(all, "-p", p)
	}
	tools := []tool{
		{"noop", b.bin["noop"], nil, 0},
		{"poolcheck", b.bin["poolcheck"], []string{"-allow=" + m.allow}, 0},
		// 20 to 50 times slower than the others: its median of five would
		// double the benchmark's time, one run tells the story.
		{"forbidigo (catalog)", b.bin["forbidigo"], append(fb[:len(fb):len(fb)], all...), 1},
		{"forbidigo (2 patterns)", b.bin["forbidigo"], two, 0},
	}
	if m.facts && b.wrappers {
		tools = append(tools,
			tool{"noop -facts", b.bin["noop"], []string{"-facts"}, 3},
			tool{"poolcheck -wrappers", b.bin["poolcheck"], []string{"-allow=" + m.allow, "-wrappers"}, 3})
	}
	return tools
}

// prepare returns the writable copy of m.
func (b *bench) prepare(m module) string {
	dir, err := modcopy.Dir(b.work, m.path)
	if err != nil {
		log.Fatal(err)
	}
	return dir
}

// env is the environment of every measured command.
func env(extra ...string) []string { return modcopy.Env(extra...) }

var findingRE = regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: `)

// run runs bin in dir and measures it. Exit codes other than ok are fatal:
// the benchmark never reports a run that failed to load.
func (b *bench) run(dir string, environ []string, ok []int, bin string, args ...string) sample {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = environ
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	code := 0
	if ee, isExit := err.(*exec.ExitError); isExit {
		code = ee.ExitCode()
	} else if err != nil {
		log.Fatal(err)
	}
	if !containsInt(ok, code) {
		log.Fatalf("%s %s in %s: exit status %d\n%s", filepath.Base(bin), strings.Join(args, " "), dir, code, tail(stderr.String(), 40))
	}
	// The rusage of a waited-for child includes its own waited-for
	// children (go list, and the compiler under go vet); maxrss is the
	// largest of them.
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	s := sample{
		wall:     wall,
		cpu:      time.Duration(ru.Utime.Nano() + ru.Stime.Nano()),
		rssKiB:   ru.Maxrss,
		findings: uniqueFindings(stderr.String()),
	}
	if b.verbose {
		log.Printf("%-10s %6.2fs wall %6.2fs cpu %5d MiB %3d findings  %s %s", filepath.Base(bin), s.wall.Seconds(), s.cpu.Seconds(), s.rssKiB>>10, s.findings, filepath.Base(dir), short(args))
	}
	return s
}

func uniqueFindings(out string) int {
	seen := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		if findingRE.MatchString(line) {
			seen[line] = true
		}
	}
	return len(seen)
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

func tail(s string, lines int) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(l) > lines {
		l = l[len(l)-lines:]
	}
	return strings.Join(l, "\n")
}

func short(args []string) string {
	s := strings.Join(args, " ")
	if len(s) > 60 {
		s = s[:60] + "..."
	}
	return s
}

func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return runtime.Version()
	}
	return strings.TrimSpace(string(out))
}

func numCPU() int { return runtime.GOMAXPROCS(0) }

// moduleResult is the measurement of one module.
type moduleResult struct {
	m       module
	loc     loc
	tools   []tool
	samples map[string][]sample
}

// measureModule warms the build cache (the first run compiles the export
// data of every dependency; the first with -facts reads every file), then
// runs the tools in alternating order.
func (b *bench) measureModule(m module, rounds int) moduleResult {
	dir := b.prepare(m)
	log.Printf("%s: %s: warming up (the first run on a new machine compiles every dependency)", m.label, m.path)
	tools := b.tools(m)
	for _, t := range tools {
		if t.bin == b.bin["noop"] {
			b.run(dir, env(), []int{0}, t.bin, append(t.args, "./...")...)
		}
	}
	r := moduleResult{m: m, loc: countLines(dir), tools: tools, samples: map[string][]sample{}}
	log.Printf("%s: %d lines in %d packages type-checked from source, %d lines of dependencies", m.label, r.loc.roots, r.loc.rootPkgs, r.loc.deps)
	for i := 0; i < rounds; i++ {
		for j := range tools {
			t := tools[(i+j)%len(tools)] // rotate the order: no tool always runs first
			if t.maxRounds > 0 && len(r.samples[t.name]) >= t.maxRounds {
				continue
			}
			r.samples[t.name] = append(r.samples[t.name], b.run(dir, env(), []int{0, 3}, t.bin, append(t.args, "./...")...))
		}
	}
	return r
}

// vetResult holds go vet measurements by tool and cache state.
type vetResult struct {
	loc     loc
	samples map[string][]sample // "noop cold", "poolcheck warm" ...
}

// measureVet runs go vet -vettool=noop and =poolcheck on m: with an empty
// GOCACHE (cold: every dependency is compiled), with a warm build cache
// (a new -tag/-constructors value per run keeps go vet from replaying
// cached results) and with cached results (the same flags again).
func (b *bench) measureVet(m module, rounds, coldRounds int) vetResult {
	dir := b.prepare(m)
	r := vetResult{loc: countLines(dir), samples: map[string][]sample{}}
	n := 0
	args := func(name string) []string {
		n++
		tag := fmt.Sprintf("-tag=r%d", n)
		if name == "poolcheck" {
			tag = fmt.Sprintf("-constructors=example.com/bench/r%d.Open", n)
			return []string{"vet", "-vettool=" + b.bin[name], "-allow=" + m.allow, tag, "./..."}
		}
		return []string{"vet", "-vettool=" + b.bin[name], tag, "./..."}
	}
	names := []string{"noop", "poolcheck"}
	ok := []int{0, 1}
	log.Printf("vet: %s: cold build cache, %d rounds", m.label, coldRounds)
	for i := 0; i < coldRounds; i++ {
		for j := range names {
			name := names[(i+j)%len(names)]
			cache, err := os.MkdirTemp(b.work, "gocache")
			if err != nil {
				log.Fatal(err)
			}
			r.samples[name+" cold"] = append(r.samples[name+" cold"], b.run(dir, env("GOCACHE="+cache), ok, "go", args(name)...))
			os.RemoveAll(cache)
		}
	}
	log.Printf("vet: %s: warm build cache, %d rounds", m.label, rounds)
	for _, name := range names {
		b.run(dir, env(), ok, "go", args(name)...) // warm up
	}
	for i := 0; i < rounds; i++ {
		for j := range names {
			name := names[(i+j)%len(names)]
			r.samples[name+" warm"] = append(r.samples[name+" warm"], b.run(dir, env(), ok, "go", args(name)...))
		}
	}
	for _, name := range names {
		a := args(name)
		b.run(dir, env(), ok, "go", a...) // fills the result cache
		for i := 0; i < rounds; i++ {
			r.samples[name+" cached"] = append(r.samples[name+" cached"], b.run(dir, env(), ok, "go", a...))
		}
	}
	return r
}
