package main_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSameAnswerInEveryHost analyses the fixture packages that have fixes
// (fixGroups) in the ways the hosts run poolcheck, and requires the same
// findings, messages and fixes, edit for edit, from each:
//
//   - one package at a time (poolcheck -json pkg), as Bazel and editors do;
//   - all packages in one run (poolcheck -json patterns), as CI does;
//   - go vet -vettool=poolcheck -json, which analyses one package at a
//     time: a package's files only in its test variant, the rest as
//     export data and facts.
//
// A file analysed in several packages (p and p [p.test]) must get the same
// findings in each (dedupe).
func TestSameAnswerInEveryHost(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs poolcheck once per fixture package: minutes; run without -short")
	}
	gopath, env := fixtureGOPATH(t)
	dir := filepath.Join(gopath, "src")
	bin := poolcheck(t)
	for _, g := range fixGroups(t) {
		t.Run(g.name, func(t *testing.T) {
			out, stderr, code := runIn(t, dir, env, "go", append([]string{"list"}, g.patterns...)...)
			if code != 0 {
				t.Fatalf("go list: %s", stderr)
			}
			pkgs := strings.Fields(out)

			hosts := map[string][]finding{}
			out, stderr, code = runIn(t, dir, env, bin, append(append(g.flags(), "-json"), g.patterns...)...)
			if code != 0 {
				t.Fatalf("poolcheck -json %s: exit %d\n%s", strings.Join(g.patterns, " "), code, stderr)
			}
			hosts["poolcheck "+strings.Join(g.patterns, " ")] = dedupe(t, "one run", parseJSON(t, gopath, out))
			var alone []finding
			for _, pkg := range pkgs {
				out, stderr, code := runIn(t, dir, env, bin, append(append(g.flags(), "-json"), pkg)...)
				if code != 0 {
					t.Fatalf("poolcheck -json %s: exit %d\n%s", pkg, code, stderr)
				}
				alone = append(alone, parseJSON(t, gopath, out)...)
			}
			// go vet analyses each package alone anyway (its files, and
			// its dependencies' export data and facts), so one go vet
			// for all packages is per package. Not one go vet per
			// package: Go 1.26's go vet caches the run of a package
			// vetted as a dependency (no findings printed) under the key
			// of its run as a root, so a later go vet of that package
			// replays no findings at all. go vet -json exits 0 and
			// prints the JSON on stdout.
			out, stderr, code = runIn(t, dir, env, "go", append(append([]string{"vet", "-vettool=" + bin, "-json"}, g.flags()...), pkgs...)...)
			if code != 0 {
				t.Fatalf("go vet -vettool=poolcheck -json: exit %d\n%s", code, stderr)
			}
			vet := parseJSON(t, gopath, out+"\n"+stderr)
			hosts["poolcheck pkg, one package at a time"] = dedupe(t, "one package at a time", sortFindings(alone))
			hosts["go vet -vettool=poolcheck"] = dedupe(t, "go vet", sortFindings(vet))

			ref := "poolcheck " + strings.Join(g.patterns, " ")
			want := hosts[ref]
			fixes := 0
			for _, f := range want {
				if len(f.SuggestedFixes) > 0 {
					fixes++
				}
			}
			if fixes == 0 {
				t.Fatalf("%s: no finding has a fix: the comparison proves nothing", ref)
			}
			t.Logf("%d packages, %d findings, %d with a fix", len(pkgs), len(want), fixes)
			for host, got := range hosts {
				if host != ref {
					compareFindings(t, ref, want, host, got)
				}
			}
		})
	}
}

func sortFindings(fs []finding) []finding {
	slices.SortStableFunc(fs, func(x, y finding) int { return strings.Compare(x.key(), y.key()) })
	return fs
}

// compareFindings reports the findings that differ between two hosts.
func compareFindings(t *testing.T, refHost string, ref []finding, host string, got []finding) {
	t.Helper()
	index := func(fs []finding) map[string]finding {
		m := map[string]finding{}
		for _, f := range fs {
			m[f.Posn+" "+f.Category] = f
		}
		return m
	}
	a, b := index(ref), index(got)
	var posns []string
	for p := range a {
		posns = append(posns, p)
	}
	for p := range b {
		if _, ok := a[p]; !ok {
			posns = append(posns, p)
		}
	}
	slices.Sort(posns)
	for _, p := range posns {
		fa, inA := a[p]
		fb, inB := b[p]
		switch {
		case !inB:
			t.Errorf("%s reports, %s does not:\n%s", refHost, host, fa)
		case !inA:
			t.Errorf("%s reports, %s does not:\n%s", host, refHost, fb)
		case fa.String() != fb.String():
			t.Errorf("%s and %s differ:\n%s\n%s", refHost, host, fa, fb)
		}
	}
}
