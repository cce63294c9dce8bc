package main_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// sarifLog is the part of a SARIF 2.1.0 log that code scanning reads.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name           string `json:"name"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID      string `json:"id"`
					HelpURI string `json:"helpUri"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
						EndLine     int `json:"endLine"`
						EndColumn   int `json:"endColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
		} `json:"results"`
	} `json:"runs"`
}

// sarif runs poolcheck -sarif in dir, checks the structure of the log and
// returns its results as "uri:line:col-line:col ruleId message".
func sarif(t *testing.T, dir string, args ...string) (results []string, stderr string, code int) {
	t.Helper()
	stdout, stderr, code := run(t, dir, append([]string{"-sarif"}, args...)...)
	if code == 1 || code == 2 {
		return nil, stderr, code
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("poolcheck -sarif printed no JSON: %v\n%s", err, stdout)
	}
	if log.Version != "2.1.0" || log.Schema == "" || len(log.Runs) != 1 {
		t.Fatalf("want a SARIF 2.1.0 log with $schema and one run, got version %q, schema %q, %d runs", log.Version, log.Schema, len(log.Runs))
	}
	lr := log.Runs[0]
	if d := lr.Tool.Driver; d.Name != "poolcheck" || d.InformationURI != "https://github.com/poolcheck/poolcheck" {
		t.Errorf("tool.driver: name %q, informationUri %q", d.Name, d.InformationURI)
	}
	for _, r := range lr.Tool.Driver.Rules {
		page, err := os.ReadFile("../../docs/" + r.ID + ".md")
		if r.HelpURI != "https://github.com/poolcheck/poolcheck/blob/main/docs/"+r.ID+".md" || err != nil || !strings.HasPrefix(string(page), "# "+r.ID+"\n") {
			t.Errorf("rule %s: helpUri %q does not lead to the category's page docs/%s.md", r.ID, r.HelpURI, r.ID)
		}
	}
	if lr.Results == nil {
		t.Errorf("results is missing or null; code scanning wants an array")
	}
	for _, r := range lr.Results {
		if r.RuleIndex < 0 || r.RuleIndex >= len(lr.Tool.Driver.Rules) || lr.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result with ruleId %q has ruleIndex %d", r.RuleID, r.RuleIndex)
		}
		if len(r.Locations) != 1 {
			t.Fatalf("result %q has %d locations, want 1", r.Message.Text, len(r.Locations))
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("uri %q has uriBaseId %q, want %%SRCROOT%%", loc.ArtifactLocation.URI, loc.ArtifactLocation.URIBaseID)
		}
		g := loc.Region
		results = append(results, fmt.Sprintf("%s:%d:%d-%d:%d %s %s", loc.ArtifactLocation.URI,
			g.StartLine, g.StartColumn, g.EndLine, g.EndColumn, r.RuleID, r.Message.Text))
	}
	return results, stderr, code
}

func TestSARIF(t *testing.T) {
	t.Parallel()
	got, stderr, code := sarif(t, "../..", "-allow="+exampleDB, "./example/...")
	msg := "construction sql.Open creates a new connection pool outside the sanctioned package " + exampleDB + ": construct it there once and share it"
	want := []string{
		"example/handlers/users.go:14:15-14:23 repeated-construction sql.Open runs on every request to Users: each call opens a new pool; construct it once in the sanctioned package " + exampleDB + " and share it",
		"example/scripts/backfill/main.go:11:15-11:23 " + msg,
		"example/ws/server.go:16:15-16:23 " + msg,
	}
	if code != 3 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("exit %d, results:\n%s\nstderr:\n%s\nwant exit 3 and:\n%s", code, strings.Join(got, "\n"), stderr, strings.Join(want, "\n"))
	}

	// Clean: exit 0 and an empty results array.
	if got, stderr, code := sarif(t, "../..", "-allow=github.com/poolcheck/poolcheck/example/...", "./example/internal/...", "./example/cmd/..."); code != 0 || len(got) != 0 {
		t.Errorf("clean packages: exit %d, results %q, stderr:\n%s\nwant exit 0 and no results", code, got, stderr)
	}
}

// TestSARIFTests checks that test files are analysed and that a file
// analysed in both a package and its test variant is reported once.
func TestSARIFTests(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, content := range vetFixture {
		write(t, dir, name, content)
	}
	msg := " construction sql.Open creates a new connection pool outside the sanctioned package example.com/app/db: construct it there once and share it"
	got, stderr, code := sarif(t, dir, "-allow=example.com/app/db", "./...")
	want := []string{
		"handlers/external_test.go:8:42-8:50" + msg,
		"handlers/handlers.go:6:11-6:19" + msg,
		"handlers/handlers_test.go:8:38-8:46" + msg,
	}
	if code != 3 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("exit %d, results:\n%s\nstderr:\n%s\nwant exit 3 and:\n%s", code, strings.Join(got, "\n"), stderr, strings.Join(want, "\n"))
	}
	got, _, _ = sarif(t, dir, "-allow=example.com/app/db", "-allow-tests", "./...")
	if len(got) != 1 || !strings.HasPrefix(got[0], "handlers/handlers.go:") {
		t.Errorf("-allow-tests: results %q, want only handlers/handlers.go", got)
	}
}

func TestSARIFErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/broken\n\ngo 1.26\n")
	write(t, dir, "broken.go", "package broken\n\nimport \"database/sql\"\n\nvar db, _ = sql.Open(1)\n")
	if _, stderr, code := sarif(t, dir, "./..."); code != 1 || !strings.Contains(stderr, "broken.go:5") {
		t.Errorf("type error: exit %d, stderr:\n%s\nwant exit 1 with the type error", code, stderr)
	}
	for _, args := range [][]string{
		{"-allow=./internal/db", "./..."},
		{"./...", "-allow=example.com/app/db"},
		{"-nosuchflag", "./..."},
		{},
	} {
		if _, stderr, code := sarif(t, dir, args...); code != 2 || stderr == "" {
			t.Errorf("poolcheck -sarif %s: exit %d, stderr %q; want exit 2 and a message", strings.Join(args, " "), code, stderr)
		}
	}
	if _, help, _ := run(t, ".", "-h"); !strings.Contains(help, "\n  -sarif\n") {
		t.Errorf("poolcheck -h does not list -sarif")
	}
}
