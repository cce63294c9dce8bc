package ci_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The example files, relative to this directory.
const (
	githubFile    = "github-actions.yml"
	gitlabFile    = "gitlab-ci.yml"
	hooksFile     = "../.pre-commit-hooks.yaml"
	precommitFile = "pre-commit-config.example.yaml"
)

// TestExamplesParse checks that each example is well-formed YAML of the
// subset it is written in and has the keys its CI system requires.
func TestExamplesParse(t *testing.T) {
	gh := parseFile(t, githubFile)
	if gh.get("on") == nil || gh.get("jobs") == nil {
		t.Errorf("%s: no on: or jobs:", githubFile)
	}
	var uses, runs []string
	for _, job := range gh.get("jobs").children {
		if job.get("runs-on") == nil || job.get("steps") == nil || len(job.get("steps").children) == 0 {
			t.Errorf("%s:%d: job %s needs runs-on: and steps:", githubFile, job.line, job.key)
			continue
		}
		for _, step := range job.get("steps").children {
			switch {
			case step.key != "":
				t.Errorf("%s:%d: steps must be a list", githubFile, step.line)
			case step.get("uses") != nil:
				uses = append(uses, step.get("uses").value)
			case step.get("run") != nil:
				runs = append(runs, step.get("run").value)
			default:
				t.Errorf("%s:%d: a step needs uses: or run:", githubFile, step.line)
			}
		}
	}
	for _, want := range []string{"actions/checkout@", "actions/setup-go@", "github/codeql-action/upload-sarif@"} {
		if !slices.ContainsFunc(uses, func(u string) bool { return strings.HasPrefix(u, want) }) {
			t.Errorf("%s: no step uses %s", githubFile, want)
		}
	}
	if !slices.ContainsFunc(runs, func(r string) bool { return strings.Contains(r, "scripts/build-golangci.sh") }) {
		t.Errorf("%s: no job builds golangci-lint with scripts/build-golangci.sh", githubFile)
	}

	gl := parseFile(t, gitlabFile)
	var stages []string
	for _, s := range gl.get("stages").list() {
		stages = append(stages, s.value)
	}
	reserved := []string{"stages", "default", "variables", "include", "workflow", "image", "services", "cache", "before_script", "after_script"}
	jobs := 0
	for _, job := range gl.children {
		if slices.Contains(reserved, job.key) || strings.HasPrefix(job.key, ".") {
			continue
		}
		jobs++
		if s := job.get("stage"); s == nil || !slices.Contains(stages, s.value) {
			t.Errorf("%s:%d: job %s needs a stage: from stages: %v", gitlabFile, job.line, job.key, stages)
		}
		if len(job.get("script").list()) == 0 {
			t.Errorf("%s:%d: job %s needs a script: list", gitlabFile, job.line, job.key)
		}
		if e := job.get("extends"); e != nil && gl.get(e.value) == nil {
			t.Errorf("%s:%d: job %s extends %s, which is not defined", gitlabFile, job.line, job.key, e.value)
		}
	}
	if jobs < 4 {
		t.Errorf("%s: %d jobs, want the command, go vet, SARIF and golangci-lint jobs", gitlabFile, jobs)
	}

	hooks := parseFile(t, hooksFile)
	hook := hooks.item("id", "poolcheck")
	if hook == nil {
		t.Fatalf("%s: no hook with id: poolcheck", hooksFile)
	}
	for key, want := range map[string]string{"name": "", "entry": "poolcheck", "language": "golang", "pass_filenames": "false"} {
		if n := hook.get(key); n == nil || want != "" && n.value != want {
			t.Errorf("%s: hook poolcheck needs %s: %s", hooksFile, key, want)
		}
	}

	pc := parseFile(t, precommitFile)
	repo := pc.get("repos").item("repo", "https://github.com/poolcheck/poolcheck")
	if repo == nil || repo.get("rev") == nil || repo.get("hooks").item("id", "poolcheck") == nil {
		t.Errorf("%s: want a repo https://github.com/poolcheck/poolcheck with rev: and the hook id: poolcheck", precommitFile)
	}
}

// commands returns the command lines of the examples that run poolcheck,
// as the shell or pre-commit runs them.
func commands(t *testing.T) []string {
	var cmds []string
	for _, name := range []string{githubFile, gitlabFile} {
		parseFile(t, name).walk(func(n *node) {
			for _, prefix := range []string{"poolcheck ", "go vet -vettool", "go install github.com/poolcheck/"} {
				if strings.HasPrefix(n.value, prefix) {
					cmds = append(cmds, n.value)
				}
			}
		})
	}
	entry := parseFile(t, hooksFile).item("id", "poolcheck").get("entry").value
	for _, name := range []string{hooksFile, precommitFile} {
		parseFile(t, name).walk(func(n *node) {
			if n.get("id") != nil && n.get("id").value == "poolcheck" && n.get("args") != nil {
				cmds = append(cmds, entry+" "+strings.Join(flowList(n.get("args").value), " "))
			}
		})
	}
	return cmds
}

// TestCommandsInDocs checks that the examples run what docs/hosts.md
// documents, character for character.
func TestCommandsInDocs(t *testing.T) {
	doc, err := os.ReadFile("../docs/hosts.md")
	if err != nil {
		t.Fatal(err)
	}
	cmds := commands(t)
	for _, want := range []string{"poolcheck -allow=", "go vet -vettool=", "poolcheck -sarif ", "go install "} {
		if !slices.ContainsFunc(cmds, func(c string) bool { return strings.HasPrefix(c, want) }) {
			t.Errorf("found no %q command in the examples: %q", want, cmds)
		}
	}
	for _, c := range cmds {
		if !strings.Contains(string(doc), c) {
			t.Errorf("the examples run %q, which docs/hosts.md does not show", c)
		}
	}
}

// TestCommandsRun runs the examples' commands (but go install, which needs a
// release) on a module with one finding, with the poolcheck of this
// checkout on PATH, and checks their exit status.
func TestCommandsRun(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	bin := t.TempDir()
	if out, err := exec.Command("go", "build", "-o", filepath.Join(bin, "poolcheck"), "../cmd/poolcheck").CombinedOutput(); err != nil {
		t.Fatalf("building poolcheck: %v\n%s", err, out)
	}
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod":             "module example.com/app\n\ngo 1.26\n",
		"internal/db/db.go":  "package db\n\nimport \"database/sql\"\n\nvar Pool = open()\n\nfunc open() *sql.DB {\n\tdb, _ := sql.Open(\"postgres\", \"\")\n\tdb.SetMaxOpenConns(10)\n\treturn db\n}\n",
		"handlers/h.go":      "package handlers\n\nimport \"database/sql\"\n\nfunc Open() (*sql.DB, error) { return sql.Open(\"postgres\", \"\") }\n",
		"handlers/h_test.go": "package handlers\n\nimport \"testing\"\n\nfunc TestOpen(t *testing.T) { _, _ = Open() }\n",
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[string]bool{}
	for _, c := range commands(t) {
		if seen[c] || strings.HasPrefix(c, "go install ") {
			continue
		}
		seen[c] = true
		want := 3 // poolcheck: findings
		switch {
		case strings.HasPrefix(c, "go vet "):
			want = 1
		case strings.Contains(c, "|| [ $? -eq 3 ]"):
			want = 0
		case !strings.Contains(c, "-allow=example.com/app/internal/db"):
			want = 3 // the hook's default ./... reports internal/db too
		}
		cmd := exec.Command("sh", "-c", c)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "GOWORK=off")
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != want || !strings.Contains(string(out)+readOptional(filepath.Join(dir, "poolcheck.sarif")), "handlers/h.go") {
			t.Errorf("%s: exit %d, output:\n%s\nwant exit %d and the finding in handlers/h.go", c, code, out, want)
		}
		os.Remove(filepath.Join(dir, "poolcheck.sarif"))
	}
}

// TestParseYAML checks that the hand-written checker rejects what YAML
// rejects or reads differently, so that TestExamplesParse means something.
func TestParseYAML(t *testing.T) {
	for _, bad := range []string{
		"a:\n\tb: c\n",           // tab
		"a:\n   b: c\n",          // three spaces
		"a:\n  b: c\n    d: e\n", // deeper without a parent key
		"a: \"x\" y\n",           // partly quoted
		"a: b: c\n",              // ": " in a plain value
		"a:\n  - b\n  c: d\n",    // a list and keys under one key
		"a: 1\na: 2\n",           // duplicate key
		"a: [b, c\n",             // unterminated flow list
		"a: 1 \n",                // trailing space
		"just text\n",            // neither key nor item
	} {
		if _, err := parseYAML(bad); err == nil {
			t.Errorf("parseYAML accepts %q", bad)
		}
	}
	n, err := parseYAML("a:\n  - b: 1 # note\n    c: [x, 'y,z']\n  - d\ne: '# not a comment'\n")
	if err != nil {
		t.Fatal(err)
	}
	items := n.get("a").list()
	if len(items) != 2 || items[0].get("b").value != "1" || items[1].value != "d" ||
		strings.Join(flowList(items[0].get("c").value), "|") != "x|y,z" || n.get("e").value != "'# not a comment'" {
		t.Errorf("parseYAML read the sample wrong")
	}
}

func readOptional(name string) string {
	b, _ := os.ReadFile(name)
	return string(b)
}

func parseFile(t *testing.T, name string) *node {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	n, err := parseYAML(string(b))
	if err != nil {
		t.Fatalf("%s:%v", name, err)
	}
	return n
}

// node is an entry of a block mapping ("key: value", "key:") or a block
// sequence ("- value", "- key: value"): the subset of YAML the examples are
// written in. The tests need no YAML library; parseYAML rejects what it
// does not understand, tabs and uneven indentation included.
type node struct {
	key      string // "" for a sequence item
	value    string // a scalar, "" when the entry has children
	line     int
	children []*node
}

func (n *node) get(key string) *node {
	if n == nil {
		return nil
	}
	for _, c := range n.children {
		if c.key == key {
			return c
		}
	}
	return nil
}

// list returns the items of a sequence, or nil.
func (n *node) list() []*node {
	if n == nil || len(n.children) == 0 || n.children[0].key != "" {
		return nil
	}
	return n.children
}

// item returns the sequence item whose key has the value.
func (n *node) item(key, value string) *node {
	for _, c := range n.list() {
		if c.get(key) != nil && c.get(key).value == value {
			return c
		}
	}
	return nil
}

func (n *node) walk(f func(*node)) {
	f(n)
	for _, c := range n.children {
		c.walk(f)
	}
}

func parseYAML(text string) (*node, error) {
	type frame struct {
		n           *node
		indent      int // column of the entry's key or dash
		childIndent int // column of its children, -1 until the first
	}
	root := &node{}
	stack := []frame{{root, -2, 0}} // the top level is at column 0
	block := -1                     // inside a block scalar ("key: |") deeper than this column
	for i, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		ln := i + 1
		if strings.ContainsRune(line, '\t') {
			return nil, fmt.Errorf("%d: tab character (YAML indents with spaces)", ln)
		}
		if strings.TrimRight(line, " ") != line {
			return nil, fmt.Errorf("%d: trailing space", ln)
		}
		trimmed := strings.TrimLeft(line, " ")
		indent := len(line) - len(trimmed)
		if block >= 0 && (trimmed == "" || indent > block) {
			continue
		}
		block = -1
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		text := stripComment(trimmed)
		for stack[len(stack)-1].indent >= indent {
			stack = stack[:len(stack)-1]
		}
		top := &stack[len(stack)-1]
		if indent != top.indent+2 || top.childIndent >= 0 && indent != top.childIndent {
			return nil, fmt.Errorf("%d: indentation %d under the entry of line %d (indent by 2 spaces)", ln, indent, top.n.line)
		}
		top.childIndent = indent
		parent := top.n
		isItem := text == "-" || strings.HasPrefix(text, "- ")
		if len(parent.children) > 0 && (parent.children[0].key == "") != isItem {
			return nil, fmt.Errorf("%d: sequence items and mapping keys mixed under line %d", ln, parent.line)
		}
		entryIndent := indent
		if isItem {
			item := &node{line: ln}
			parent.children = append(parent.children, item)
			stack = append(stack, frame{item, indent, indent + 2})
			text = strings.TrimSpace(strings.TrimPrefix(text, "-"))
			if text == "" {
				continue
			}
			if _, _, ok := splitKey(text); !ok {
				if err := checkScalar(text); err != nil {
					return nil, fmt.Errorf("%d: %v", ln, err)
				}
				item.value = text
				continue
			}
			parent, entryIndent = item, indent+2
		}
		key, value, ok := splitKey(text)
		if !ok {
			return nil, fmt.Errorf("%d: want key: value or - item, got %q", ln, text)
		}
		n := &node{key: key, value: value, line: ln}
		if parent.get(key) != nil {
			return nil, fmt.Errorf("%d: duplicate key %s", ln, key)
		}
		parent.children = append(parent.children, n)
		switch {
		case value == "":
			stack = append(stack, frame{n, entryIndent, -1})
		case value == "|" || value == ">" || value == "|-" || value == ">-":
			block = entryIndent
		default:
			if err := checkScalar(value); err != nil {
				return nil, fmt.Errorf("%d: %s: %v", ln, key, err)
			}
		}
	}
	return root, nil
}

// splitKey splits "key: value" or "key:".
func splitKey(s string) (key, value string, ok bool) {
	if k, ok := strings.CutSuffix(s, ":"); ok && !strings.Contains(k, ": ") {
		return k, "", validKey(k)
	}
	k, v, ok := strings.Cut(s, ": ")
	return k, strings.TrimSpace(v), ok && validKey(k)
}

func validKey(k string) bool {
	return k != "" && !strings.ContainsAny(k, " \"'[]{},#")
}

// checkScalar rejects values that are not one complete scalar.
func checkScalar(v string) error {
	switch v[0] {
	case '"', '\'':
		if len(v) < 2 || v[len(v)-1] != v[0] {
			return fmt.Errorf("%s: a quoted value must be quoted as a whole", v)
		}
	case '[':
		if v[len(v)-1] != ']' {
			return fmt.Errorf("%s: unterminated [", v)
		}
	case '{':
		if v[len(v)-1] != '}' {
			return fmt.Errorf("%s: unterminated {", v)
		}
	case '@', '`', '%', '&', '*', '!', '|', '>':
		return fmt.Errorf("%s: %c cannot start a plain value", v, v[0])
	default:
		if strings.Contains(v, ": ") || strings.HasSuffix(v, ":") {
			return fmt.Errorf("%s: a plain value cannot contain \": \": quote it", v)
		}
	}
	return nil
}

// stripComment removes a " #" comment outside quotes.
func stripComment(s string) string {
	var quote byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			if i == 0 || s[i-1] == ' ' || s[i-1] == '[' || s[i-1] == ',' {
				quote = c
			}
		case c == '#' && i > 0 && s[i-1] == ' ':
			return strings.TrimRight(s[:i], " ")
		}
	}
	return s
}

// flowList splits a flow sequence "[a, 'b,c']" into its items, unquoted.
func flowList(v string) []string {
	v = strings.TrimSuffix(strings.TrimPrefix(v, "["), "]")
	var items []string
	var cur strings.Builder
	var quote rune
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			items = append(items, s)
		}
		cur.Reset()
	}
	for _, r := range v {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote = r
		case r == ',':
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return items
}
