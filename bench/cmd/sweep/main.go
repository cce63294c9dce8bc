// Command sweep runs poolcheck on every module of a list (by default
// analyzer/testdata/sweep/modules.txt) and writes a results table: that it
// did not crash, whether errors were the module's own, and how many
// constructions it found. Run it through scripts/sweep.sh.
//
// poolcheck runs as "poolcheck ./..." (with tests, no -allow, so every
// construction is a finding) in a writable copy of the module. A run that
// exits 1 (a package did not load or type-check) is repeated with
// bench/cmd/noop, an analyzer that does nothing: if noop fails the same
// way, the errors belong to the module (or its build environment), not to
// poolcheck.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/poolcheck/poolcheck/internal/modcopy"
)

// Status of one module.
const (
	statusOK        = "ok"            // exit 0 or 3
	statusModErrors = "module-errors" // exit 1, and noop fails with the same errors
	statusPanic     = "PANIC"         // poolcheck crashed
	statusTimeout   = "TIMEOUT"
	statusPoolcheck = "POOLCHECK-ERROR" // exit 1, but noop loads the module: poolcheck's fault
	statusFetch     = "fetch-failed"    // the proxy did not serve it
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("sweep: ")
	list := flag.String("modules", "analyzer/testdata/sweep/modules.txt", "list of modules, one \"path version\" a line")
	out := flag.String("out", "analyzer/testdata/sweep/results.txt", "results table (\"-\" for standard output only)")
	work := flag.String("work", filepath.Join(os.TempDir(), "poolcheck-bench"), "work directory: binaries and module copies (kept between runs)")
	timeout := flag.Duration("timeout", 10*time.Minute, "limit per module and command (the first run compiles the dependencies)")
	only := flag.String("only", "", "regular expression: sweep only the modules whose path matches")
	flag.Parse()

	mods, err := readList(*list)
	if err != nil {
		log.Fatal(err)
	}
	var filter *regexp.Regexp
	if *only != "" {
		filter = regexp.MustCompile(*only)
	}
	bin := build(*work)
	var rows []row
	start := time.Now()
	for i, m := range mods {
		if filter != nil && !filter.MatchString(m.path) {
			continue
		}
		r := sweep(*work, bin, m, *timeout)
		log.Printf("[%d/%d] %s %s: %s, %d findings, %.0fs %s", i+1, len(mods), m.path, m.version, r.status, r.findings, r.secs, r.note)
		rows = append(rows, r)
		if r.status == statusPanic || r.status == statusPoolcheck {
			log.Printf("%s output:\n%s", m.path, r.output)
		}
		if *out != "-" && filter == nil { // after every module: an interrupted sweep keeps what it found
			if err := os.WriteFile(*out, []byte(format(rows, len(mods), time.Since(start))), 0o666); err != nil {
				log.Fatal(err)
			}
		}
	}
	listed := len(mods)
	if filter != nil {
		listed = len(rows)
	}
	fmt.Print(format(rows, listed, time.Since(start)))
	for _, r := range rows {
		if r.status != statusOK && r.status != statusModErrors {
			os.Exit(1)
		}
	}
}

type mod struct{ path, version string }

func readList(name string) ([]mod, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var mods []mod
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		switch len(f) {
		case 0:
		case 2:
			mods = append(mods, mod{f[0], f[1]})
		default:
			return nil, fmt.Errorf("%s:%d: want \"module/path version\"", name, n)
		}
	}
	return mods, nil
}

type binaries struct{ poolcheck, noop string }

func build(work string) binaries {
	b := binaries{filepath.Join(work, "bin", "poolcheck"), filepath.Join(work, "bin", "noop")}
	for out, pkg := range map[string]string{b.poolcheck: "./cmd/poolcheck", b.noop: "./bench/cmd/noop"} {
		if msg, err := exec.Command("go", "build", "-o", out, pkg).CombinedOutput(); err != nil {
			log.Fatalf("go build %s: %v\n%s", pkg, err, msg)
		}
	}
	return b
}

type row struct {
	mod
	status   string
	packages int
	findings int
	secs     float64
	note     string
	output   string
}

var (
	findingRE = regexp.MustCompile(`^(\S+\.go):\d+:\d+: `)
	panicRE   = regexp.MustCompile(`(?m)^(panic: |fatal error: |goroutine \d+ \[)`)
)

func sweep(work string, bin binaries, m mod, timeout time.Duration) row {
	r := row{mod: m}
	dir, err := modcopy.Dir(work, m.path+"@"+m.version)
	if err != nil {
		r.status, r.note = statusFetch, firstLine(err.Error())
		return r
	}
	if list, _, err := run(dir, timeout, "go", "list", "-e", "./..."); err == nil {
		r.packages = countPackages(list)
	}
	start := time.Now()
	output, code, err := run(dir, timeout, bin.poolcheck, "./...")
	r.secs = time.Since(start).Seconds()
	r.output = output
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		r.status, r.note = statusTimeout, fmt.Sprintf("no result in %s", timeout)
	case panicRE.MatchString(output):
		r.status, r.note = statusPanic, firstMatch(output, panicRE)
	case code == 0 || code == 3:
		r.status = statusOK
		r.findings = countFindings(output)
	case code == 1:
		noopOut, noopCode, _ := run(dir, timeout, bin.noop, "./...")
		if noopCode == 1 && sameErrors(output, noopOut) {
			r.status, r.note = statusModErrors, describeErrors(dir, noopOut)
		} else {
			r.status, r.note = statusPoolcheck, firstLine(output)
		}
	default:
		r.status, r.note = statusPoolcheck, fmt.Sprintf("exit status %d: %s", code, firstLine(output))
	}
	return r
}

// run runs a command in its own process group, which it kills on timeout
// (go list and the compiler are children of the driver).
func run(dir string, timeout time.Duration, name string, args ...string) (string, int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = modcopy.Env()
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		return out.String(), -1, ctx.Err()
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		return out.String(), -1, err
	}
	return out.String(), code, nil
}

// countPackages counts the import paths that go list printed. run merges
// stderr into the output, and on a cold cache that holds "go: downloading"
// lines, which are not packages.
func countPackages(list string) int {
	n := 0
	for line := range strings.Lines(list) {
		if !strings.HasPrefix(line, "go: ") && strings.TrimSpace(line) != "" {
			n++
		}
	}
	return n
}

// countFindings counts distinct finding lines: the text output prints a
// finding in a file shared by a package and its test variant once, but
// be safe.
func countFindings(out string) int {
	seen := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		if findingRE.MatchString(line) {
			seen[line] = true
		}
	}
	return len(seen)
}

// sameErrors reports whether poolcheck failed as noop did: noop's output
// (which has no findings) is all in poolcheck's, and poolcheck printed
// nothing else but findings. Analyzer names are blanked.
func sameErrors(poolcheck, noop string) bool {
	p, n := outputLines(poolcheck), outputLines(noop)
	for l := range n {
		if !p[l] {
			return false
		}
	}
	for l := range p {
		if !n[l] && !findingRE.MatchString(l) {
			return false
		}
	}
	return len(n) > 0
}

// outputLines returns the lines of a run, with the analyzer's name
// ("poolcheck: analysis skipped ...") blanked.
func outputLines(out string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		for _, name := range []string{"poolcheck: ", "noop: "} {
			if rest, ok := strings.CutPrefix(line, name); ok {
				line = "analyzer: " + rest
			}
		}
		if line != "" {
			m[line] = true
		}
	}
	return m
}

// describeErrors summarises the errors of noop's run: type errors in the
// module's own files, imports the go command could not resolve (a
// dependency the proxy does not serve, a replace directory missing from
// the zip), and other lines (cgo, build output); then the first error,
// relative to the module.
func describeErrors(dir, noop string) string {
	var typeErrs, unresolved, other int
	first := ""
	for _, line := range strings.Split(noop, "\n") {
		if line == "" || strings.HasPrefix(line, "noop: analysis skipped") {
			continue
		}
		m := findingRE.FindStringSubmatch(line)
		switch {
		case containsAny(line, "reading https://", "replacement directory", "no required module", "cannot find module", "could not import", "invalid package name"):
			unresolved++
		case m != nil && strings.HasPrefix(m[1], dir):
			typeErrs++
		default:
			other++
		}
		if first == "" {
			first = strings.ReplaceAll(line, dir+"/", "")
		}
	}
	return fmt.Sprintf("%d type errors, %d unresolved imports, %d other lines; first: %s", typeErrs, unresolved, other, trunc(first, 160))
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return trunc(l, 160)
}

func firstMatch(s string, re *regexp.Regexp) string {
	i := re.FindStringIndex(s)
	return firstLine(s[i[0]:])
}

func trunc(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func format(rows []row, listed int, total time.Duration) string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# poolcheck robustness sweep: scripts/sweep.sh, %s, %s, total %s\n", time.Now().UTC().Format("2006-01-02"), goVersion(), total.Round(time.Second))
	fmt.Fprintf(&b, "# poolcheck ./... (tests included, no -allow: every construction is a finding) in a copy of each module.\n")
	fmt.Fprintf(&b, "# status: ok (exit 0 or 3) | module-errors (load or type errors that the no-op analyzer gets too) | PANIC | TIMEOUT | POOLCHECK-ERROR | fetch-failed\n")
	fmt.Fprintf(&b, "# seconds: poolcheck's wall time; a module's first sweep on a machine includes compiling its dependencies.\n")
	tw := tabwriter.NewWriter(&b, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "# module\tversion\tstatus\tpackages\tfindings\tseconds\tnote")
	var ok, modErr, bad, findings int
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%.1f\t%s\n", r.path, r.version, r.status, r.packages, r.findings, r.secs, r.note)
		switch r.status {
		case statusOK:
			ok++
		case statusModErrors:
			modErr++
		default:
			bad++
		}
		findings += r.findings
	}
	tw.Flush()
	fmt.Fprintf(&b, "# %d modules: %d ok, %d with errors of their own, %d failed; %d findings\n", len(rows), ok, modErr, bad, findings)
	if len(rows) < listed {
		fmt.Fprintf(&b, "# INCOMPLETE: %d of the %d listed modules swept so far\n", len(rows), listed)
	}
	return b.String()
}

func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return "go"
	}
	return strings.TrimSpace(string(out))
}
