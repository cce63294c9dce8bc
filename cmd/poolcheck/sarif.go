package main

// -sarif prints the findings as a SARIF 2.1.0 log, the format code-scanning
// services (GitHub's upload-sarif, IDE viewers) read. singlechecker has no
// such output, so this mode loads and analyses the packages itself with the
// same go/packages and checker libraries the standard driver uses.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/token"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis"
)

const (
	sarifFlag  = "sarif"
	repoURL    = "https://github.com/poolcheck/poolcheck"
	sarifUsage = "print the findings as a SARIF 2.1.0 log on stdout (exit status as without it)"
)

// runSARIF analyses the packages named by args and writes a SARIF log to
// stdout. It returns the exit status of singlechecker: 0 no findings,
// 3 findings, 1 a package failed to load, type-check or analyse, 2 bad flags.
func runSARIF(args []string) int {
	s := newStandalone("-"+sarifFlag, analyzer.Analyzer)
	s.fs.Bool(sarifFlag, false, sarifUsage)
	patterns, status, ok := s.parse(args)
	if !ok {
		return status
	}
	analyzers := []*analysis.Analyzer{analyzer.Analyzer}
	graph, _, failed, ok := s.loadAndAnalyze(analyzers, patterns)
	if !ok {
		return 1
	}

	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(os.Stderr, "poolcheck: %v\n", err)
		return 1
	}
	lb := newSARIFLog(wd)
	for act := range graph.All() {
		if act.IsRoot && act.Err == nil {
			for _, d := range act.Diagnostics {
				lb.add(act.Package.Fset, d)
			}
		}
	}
	out, err := json.MarshalIndent(lb.finish(), "", "  ")
	if err == nil {
		_, err = os.Stdout.Write(append(out, '\n'))
	}
	switch {
	case err != nil:
		fmt.Fprintf(os.Stderr, "poolcheck: %v\n", err)
		return 1
	case failed:
		return 1 // the log is incomplete: a package was not analysed
	case len(lb.results) > 0:
		return 3
	}
	return 0
}

// The subset of SARIF 2.1.0 that poolcheck writes.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID               string       `json:"id"`
		ShortDescription sarifMessage `json:"shortDescription"`
		HelpURI          string       `json:"helpUri"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		RuleIndex int             `json:"ruleIndex"`
		Level     string          `json:"level"`
		Message   sarifMessage    `json:"message"`
		Locations []sarifLocation `json:"locations"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
	}
)

// logBuilder collects the results of all root actions. A file shared by a
// package and its test variant is analysed twice; seen drops the second copy.
type logBuilder struct {
	wd      string
	seen    map[resultKey]bool
	results []sarifResult
	lines   map[string][][]byte // file contents for column conversion
}

type resultKey struct {
	uri           string
	region        sarifRegion
	rule, message string
}

func newSARIFLog(wd string) *logBuilder {
	return &logBuilder{wd: wd, seen: make(map[resultKey]bool), lines: make(map[string][][]byte)}
}

func (b *logBuilder) add(fset *token.FileSet, d analysis.Diagnostic) {
	start := fset.Position(d.Pos)
	end := start
	if d.End.IsValid() {
		end = fset.Position(d.End)
	}
	category := d.Category
	if category == "" {
		category = "poolcheck"
	}
	r := sarifResult{
		RuleID:  category,
		Level:   "error",
		Message: sarifMessage{d.Message},
		Locations: []sarifLocation{{sarifPhysical{
			ArtifactLocation: b.artifact(start.Filename),
			Region: sarifRegion{
				StartLine:   start.Line,
				StartColumn: b.column(start),
				EndLine:     end.Line,
				EndColumn:   b.column(end),
			},
		}}},
	}
	loc := r.Locations[0].PhysicalLocation
	key := resultKey{loc.ArtifactLocation.URI, loc.Region, r.RuleID, r.Message.Text}
	if b.seen[key] {
		return
	}
	b.seen[key] = true
	b.results = append(b.results, r)
}

// artifact names a file relative to the working directory, so that the log
// does not depend on where the repository was checked out; a file outside
// it (a replaced module elsewhere) gets an absolute file URI.
func (b *logBuilder) artifact(filename string) sarifArtifact {
	if rel, err := filepath.Rel(b.wd, filename); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return sarifArtifact{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: "%SRCROOT%"}
	}
	p := filepath.ToSlash(filename)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x on Windows
	}
	return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: p}).String()}
}

// column converts go/token's byte column into the UTF-16 column SARIF uses
// by default (columnKind utf16CodeUnits). They differ only after non-ASCII
// text on the line; if the file cannot be read the byte column is kept.
func (b *logBuilder) column(p token.Position) int {
	lines, ok := b.lines[p.Filename]
	if !ok {
		if data, err := os.ReadFile(p.Filename); err == nil {
			lines = bytes.SplitAfter(data, []byte("\n"))
		}
		b.lines[p.Filename] = lines
	}
	if p.Line < 1 || p.Line > len(lines) || p.Column-1 > len(lines[p.Line-1]) {
		return p.Column
	}
	prefix := lines[p.Line-1][:p.Column-1]
	n := 0
	for len(prefix) > 0 {
		r, size := utf8.DecodeRune(prefix)
		n += utf16.RuneLen(r) // invalid UTF-8 decodes as U+FFFD, one unit
		prefix = prefix[size:]
	}
	return n + 1
}

// finish sorts the results and lists each category that occurs as a rule
// whose help is the category's page, docs/<category>.md.
func (b *logBuilder) finish() sarifLog {
	sort.Slice(b.results, func(i, j int) bool {
		x, y := b.results[i], b.results[j]
		xl, yl := x.Locations[0].PhysicalLocation, y.Locations[0].PhysicalLocation
		if xl.ArtifactLocation.URI != yl.ArtifactLocation.URI {
			return xl.ArtifactLocation.URI < yl.ArtifactLocation.URI
		}
		if xl.Region.StartLine != yl.Region.StartLine {
			return xl.Region.StartLine < yl.Region.StartLine
		}
		if xl.Region.StartColumn != yl.Region.StartColumn {
			return xl.Region.StartColumn < yl.Region.StartColumn
		}
		return x.RuleID+x.Message.Text < y.RuleID+y.Message.Text
	})
	var ids []string
	for _, r := range b.results {
		if !slices.Contains(ids, r.RuleID) {
			ids = append(ids, r.RuleID)
		}
	}
	sort.Strings(ids)
	rules := []sarifRule{}
	for _, id := range ids {
		rules = append(rules, sarifRule{ID: id, ShortDescription: sarifMessage{"poolcheck " + id}, HelpURI: repoURL + "/blob/main/docs/" + id + ".md"})
	}
	results := []sarifResult{}
	for _, r := range b.results {
		r.RuleIndex = slices.Index(ids, r.RuleID)
		results = append(results, r)
	}
	return sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:       sarifTool{sarifDriver{Name: "poolcheck", InformationURI: repoURL, Rules: rules}},
			ColumnKind: "utf16CodeUnits",
			Results:    results,
		}},
	}
}
