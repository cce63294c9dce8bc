package analyzer_test

import (
	"regexp"
	"testing"

	"github.com/poolcheck/poolcheck/analyzer"
)

// depthScenarios run in TestScenarios.
var depthScenarios = []scenario{
	// Calls covers constructions one or more calls away from the request:
	// helpers of the same package called from handlers, loops and
	// goroutines (transitively, with a cycle), and the helpers that are not
	// repeated constructions (called once, cached, per item, in a
	// middleware's setup).
	{name: "Calls", cfg: analyzer.Config{Allow: []string{"other/db", "calls/db/..."}}, patterns: []string{"calls/..."}},
	// Dialers covers a pool literal's dial function held by a local
	// variable or written as a named function: part of the pool, not a
	// dedicated connection.
	{name: "Dialers", cfg: analyzer.Config{Allow: []string{"db"}}, patterns: []string{"dialers"}},
	// Holders covers the sanctioned package's constructors that return a
	// struct holding a pool (a field, or an embedded struct), recognised
	// without facts, and the wrappers, getters and parsers that are not.
	{name: "Holders", cfg: analyzer.Config{Allow: []string{"holders/db"}}, patterns: []string{"holders/..."}},
	// CatalogGaps covers the catalog rows added for issue 14, through stubs
	// copied from the verified signatures.
	{name: "CatalogGaps", cfg: analyzer.Config{Allow: []string{"db"}}, patterns: []string{"gaps"}},
}

// TestRealWorldHelpers checks the messages of the per-request calls in the
// real-world modules whose construction sits behind a helper (beego v1 and
// v2 session providers, testdata/realworld/beego*.txt; TestRealWorld checks
// the positions): each names the helper, the provider method that calls it
// per request and the constructor behind it. Skipped under -short.
func TestRealWorldHelpers(t *testing.T) {
	msg := regexp.MustCompile(`^(connectInit|getBucket) runs on every call to Session(Read|Exist|Regenerate|Destroy|GC|All): each call opens a new pool \(via (sql\.Open|\(\*couchbase\.Pool\)\.GetBucket)\); no package is sanctioned`)
	for _, file := range []string{"testdata/realworld/beego.txt", "testdata/realworld/beego-v2.txt"} {
		t.Run(file, func(t *testing.T) {
			spec := readSpec(t, file)
			dir := moduleCopy(t, spec.module)
			n := 0
			for _, d := range analyze(t, dir, analyzer.Config{}, spec.patterns...) {
				if d.name != "connectInit" && d.name != "getBucket" {
					continue
				}
				n++
				if !msg.MatchString(d.msg) {
					t.Errorf("%s:%d: unexpected message %q", d.file, d.line, d.msg)
				}
			}
			if n != 16 {
				t.Errorf("%d per-request helper calls, want 16 (12 connectInit, 4 getBucket)", n)
			}
		})
	}
}
