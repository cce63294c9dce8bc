package analyzer_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// docsDir is the documentation folder, relative to this package.
const docsDir = "../docs"

// categories returns the values of the package's Category* constants,
// read from its source so that a new category cannot be missed.
func categories(t *testing.T) []string {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var cats []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if !strings.HasPrefix(id.Name, "Category") || !id.IsExported() || i >= len(vs.Values) {
						continue
					}
					if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
						v, _ := strconv.Unquote(lit.Value)
						cats = append(cats, v)
					}
				}
			}
		}
	}
	if len(cats) < 7 {
		t.Fatalf("found only %d Category constants: %q", len(cats), cats)
	}
	slices.Sort(cats)
	return cats
}

func readDoc(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(docsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestDocsCategories checks that every category has its page, that the
// documentation index has a heading per category (where Analyzer.URL
// plus "#category", the drivers' default diagnostic URL, lands), and that
// the analyzer's own documentation (-h, pkg.go.dev) explains each.
func TestDocsCategories(t *testing.T) {
	const repo = "https://github.com/poolcheck/poolcheck/blob/main/"
	base, err := url.Parse(analyzer.Analyzer.URL)
	if err != nil || !strings.HasPrefix(analyzer.Analyzer.URL, repo+"docs/") {
		t.Fatalf("Analyzer.URL = %q, want a page under %sdocs/", analyzer.Analyzer.URL, repo)
	}
	index := readDoc(t, strings.TrimPrefix(analyzer.Analyzer.URL, repo+"docs/"))
	doc := analyzer.Analyzer.Doc
	if title, _, _ := strings.Cut(doc, "\n"); len(title) > 60 {
		t.Errorf("the Doc's title line has %d characters, want at most 60: %q", len(title), title)
	}
	for _, cat := range categories(t) {
		// The default URL of a diagnostic is "#" + its category.
		if u := base.ResolveReference(&url.URL{Fragment: cat}); !strings.Contains(index, "\n### "+cat+"\n") {
			t.Errorf("%s: the documentation index has no heading %q", u, "### "+cat)
		}
		// A diagnostic's URL may name the category's page, relative to Analyzer.URL.
		page := base.ResolveReference(&url.URL{Path: cat + ".md"}).String()
		if !strings.HasPrefix(page, repo+"docs/") {
			t.Fatalf("%s.md resolves to %s", cat, page)
		}
		text := readDoc(t, cat+".md")
		if !strings.HasPrefix(text, "# "+cat+"\n") {
			t.Errorf("docs/%s.md does not start with the heading %q", cat, "# "+cat)
		}
		for _, want := range []string{"WRONG", "RIGHT", "//poolcheck:ignore"} {
			if !strings.Contains(text, want) {
				t.Errorf("docs/%s.md does not mention %s", cat, want)
			}
		}
		if !regexp.MustCompile(`\b` + regexp.QuoteMeta(cat) + `\b`).MatchString(doc) {
			t.Errorf("the Analyzer's Doc (doc.go) does not explain %s", cat)
		}
	}
}

// TestDocsMessages runs the analyzer on the examples of the category
// pages (testdata/docs/app/src/example.com/app) and checks that the page
// of each finding's category quotes its message exactly, and that the
// RIGHT halves and the suppressed examples report nothing. The packages
// are loaded once (with the standard library from source, as analysistest
// does) and analysed once per configuration.
func TestDocsMessages(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("testdata", "docs", "app"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
			packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedDeps,
		Dir: dir,
		Env: append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "example.com/app/...")
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*packages.Package{}
	for _, pkg := range pkgs {
		for _, e := range pkg.Errors {
			t.Errorf("%s: %v", pkg.PkgPath, e)
		}
		byPath[strings.TrimPrefix(pkg.PkgPath, "example.com/app/")] = pkg
	}
	const db = "example.com/app/db"
	messages := map[string]bool{}
	seen := map[string]bool{}
	for _, tc := range []struct {
		name string
		cfg  analyzer.Config
		pkgs []string       // under example.com/app
		want map[string]int // findings per category
	}{
		{"allow", analyzer.Config{Allow: []string{db}}, []string{"db", "reports", "handlers", "migrate", "stats"}, map[string]int{
			analyzer.CategoryConstruction: 2, // reports.CountUsers, migrate.Up (its directive has no reason)
			analyzer.CategoryRepeated:     2,
			analyzer.CategoryDirective:    1,
			analyzer.CategoryStale:        1,
		}},
		{"shared", analyzer.Config{Allow: []string{db}, Shared: []string{db + ".Pool"}}, []string{"reports", "cmd/server", "cmd/worker", "cmd/migrate"}, map[string]int{
			analyzer.CategoryConstruction: 1,
			analyzer.CategorySharedClose:  1,
		}},
		{"no-allow", analyzer.Config{}, []string{"db", "reports"}, map[string]int{
			analyzer.CategoryConstruction: 2, // the sanctioned package's own pool too
		}},
		{"unbounded", analyzer.Config{Allow: []string{"example.com/app/pools"}}, []string{"pools"}, map[string]int{
			analyzer.CategoryUnbounded: 2,
		}},
		{"max-conns", analyzer.Config{Allow: []string{"example.com/app/limits"}, MaxConns: 25}, []string{"limits"}, map[string]int{
			analyzer.CategoryPoolLimit: 3,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var roots []*packages.Package
			for _, p := range tc.pkgs {
				if byPath[p] == nil {
					t.Fatalf("package example.com/app/%s not loaded", p)
				}
				roots = append(roots, byPath[p])
			}
			graph, err := checker.Analyze([]*analysis.Analyzer{newAnalyzer(t, tc.cfg)}, roots, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, act := range graph.Roots {
				if act.Err != nil {
					t.Fatalf("%s: %v", act.Package.PkgPath, act.Err)
				}
				for _, d := range act.Diagnostics {
					pos := act.Package.Fset.Position(d.Pos)
					messages[d.Message] = true
					got[d.Category]++
					seen[d.Category] = true
					if text, _ := os.ReadFile(filepath.Join(docsDir, d.Category+".md")); !strings.Contains(string(text), d.Message) {
						t.Errorf("docs/%s.md does not quote the message of its example %s:%d:\n%s", d.Category, filepath.Base(pos.Filename), pos.Line, d.Message)
					}
				}
			}
			if !maps.Equal(got, tc.want) {
				t.Errorf("findings per category: %v, want %v", got, tc.want)
			}
		})
	}
	for _, cat := range categories(t) {
		if !seen[cat] {
			t.Errorf("no example in testdata/docs reports %s; add one and quote its message in docs/%s.md", cat, cat)
		}
	}
	// The messages that doc.go quotes (indented lines that are not code)
	// are the examples' messages too.
	quoted := 0
	for _, line := range strings.Split(analyzer.Analyzer.Doc, "\n") {
		msg, ok := strings.CutPrefix(line, "\t")
		if !ok || strings.HasPrefix(msg, "//") || strings.Contains(msg, ":=") {
			continue
		}
		quoted++
		if !messages[msg] {
			t.Errorf("doc.go quotes a message that the examples do not produce:\n%s", msg)
		}
	}
	if quoted < 5 {
		t.Errorf("doc.go quotes %d messages, want one per category", quoted)
	}
}

// TestDocsLinks checks that every relative link of the README and of the
// pages in docs/ leads to a file that exists and, with a fragment, to a
// heading of that file.
func TestDocsLinks(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join(docsDir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	pages = append(pages, "../README.md")
	link := regexp.MustCompile(`\]\(([^)\s]+)\)`)
	for _, page := range pages {
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllStringSubmatch(stripCode(string(data)), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			file, frag, _ := strings.Cut(target, "#")
			path := page
			if file != "" {
				path = filepath.Join(filepath.Dir(page), file)
			}
			info, err := os.Stat(path)
			if err != nil {
				t.Errorf("%s links %s, which does not exist", page, target)
				continue
			}
			if frag == "" {
				continue
			}
			if info.IsDir() {
				t.Errorf("%s links %s: a fragment of a directory", page, target)
				continue
			}
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(anchors(string(text)), frag) {
				t.Errorf("%s links %s, but %s has no heading #%s", page, target, path, frag)
			}
		}
	}
}

// stripCode removes fenced code blocks, whose brackets are not links.
func stripCode(s string) string {
	var b strings.Builder
	in := false
	for _, line := range strings.SplitAfter(s, "\n") {
		if strings.HasPrefix(line, "```") {
			in = !in
			continue
		}
		if !in {
			b.WriteString(line)
		}
	}
	return b.String()
}

// anchors returns the fragments GitHub gives the Markdown headings of s:
// lower case, punctuation other than '-' and '_' dropped, spaces as '-'.
func anchors(s string) []string {
	var out []string
	for _, line := range strings.Split(stripCode(s), "\n") {
		text, ok := strings.CutPrefix(strings.TrimLeft(line, "#"), " ")
		if !ok || !strings.HasPrefix(line, "#") {
			continue
		}
		var b strings.Builder
		for _, r := range strings.ToLower(text) {
			switch {
			case r == ' ':
				b.WriteRune('-')
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				b.WriteRune(r)
			}
		}
		out = append(out, b.String())
	}
	return out
}
