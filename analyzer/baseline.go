package analyzer

// A baseline is a file of accepted findings: with -baseline FILE the
// analyzer reports only the findings whose key is not in it, so that a code
// base with old findings can switch on a pre-merge check that fails on new
// ones only. poolcheck -write-baseline FILE writes it (cmd/poolcheck).
//
// # File format (version 1)
//
// A UTF-8 text file with one key per line, sorted, so that a burn-down is a
// diff of deleted lines. Lines starting with "#" are comments and blank
// lines are ignored; the first line of a written file is the version
// comment "# poolcheck baseline v1", and a file that declares another
// version is an error. A key is five fields separated by single spaces:
//
//	example.com/app/handlers Users repeated-construction database/sql.Open #1
//	<package>                <decl> <category>            <subject>         #<n>
//
//   - package: the import path of the package (an external test package
//     keeps its _test suffix, so its functions never share keys with the
//     package's own);
//   - decl: the top-level declaration that contains the finding: a function
//     F, a method T.M, or the first name of a package-level variable
//     declaration; init functions and blank variables (_) are counted
//     together per package;
//   - category: the finding's category (construction, repeated-construction,
//     unbounded-pool, pool-limit, shared-close);
//   - subject: what the finding is about, independent of how the file
//     imports it: the constructor's full name (database/sql.Open,
//     (*github.com/gocql/gocql.ClusterConfig).CreateSession,
//     github.com/gomodule/redigo/redis.Pool{}), the setting of a
//     pool-limit finding (SetMaxOpenConns, MaxConns), or, for a
//     shared-close finding, "Close" and the accessor as written
//     (Close_db.Pool); keys are computed from the subject a rule reports
//     (Finding.Subject), never from the message, so rewording a message
//     keeps every key;
//   - #n: the occurrence, from 1, among the findings with the same first
//     four fields, in source order.
//
// Whitespace inside a field is written as "_". Readers accept any run of
// spaces or tabs between fields and trailing "\r".
//
// Keys hold no line numbers, file names or import names: a finding keeps
// its key when code above it moves, when other declarations are added,
// removed or renamed, and when its file is renamed or its import aliased.
// A key names one package, declaration and constructor, so an entry that
// no longer matches anything (a stale one) can only ever match a finding of
// the same constructor in the same declaration: it never hides a finding
// elsewhere. Within one declaration the baseline counts: a second sql.Open
// next to a baselined one is reported (the one that comes last in the
// source), and removing one uses up the entry.
//
// //poolcheck:ignore directives apply first: a suppressed finding takes no
// key. Findings about the directives themselves (ignore-directive,
// stale-ignore) have no key and are always reported.

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// BaselineVersion is the format version this package reads and writes.
const BaselineVersion = 1

// baselineHeader is the first line of a written baseline.
var baselineHeader = fmt.Sprintf("# poolcheck baseline v%d", BaselineVersion)

// baseline is a set of accepted finding keys (see loadBaseline).
type baseline struct {
	keys map[string]bool
}

func (b *baseline) has(key string) bool { return b != nil && b.keys[key] }

// loadBaseline reads the -baseline file. It runs once per analyzer, when
// the configuration is compiled; its errors stop the driver at start-up.
func loadBaseline(path string) (*baseline, error) {
	b, err := readBaselineFile(path)
	if err != nil {
		return nil, fmt.Errorf("-%s %s: %w", FlagBaseline, path, err)
	}
	return b, nil
}

func readBaselineFile(path string) (*baseline, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is in the caller's message
		}
		return nil, fmt.Errorf("%w%s", err, baselineHint(path, err))
	}
	defer f.Close()
	keys, err := ReadBaseline(f)
	if err != nil {
		return nil, err
	}
	b := &baseline{keys: map[string]bool{}}
	for _, k := range keys {
		b.keys[k.String()] = true
	}
	return b, nil
}

// baselineHint explains a missing file: how to create one, and where a
// relative path was looked up (go vet runs the tool in each package's
// directory, which is rarely where the file is).
func baselineHint(path string, err error) string {
	if !errors.Is(err, fs.ErrNotExist) {
		return ""
	}
	hint := " (write it with poolcheck -write-baseline " + path + " [flags] ./...)"
	if !filepath.IsAbs(path) {
		if wd, err := os.Getwd(); err == nil {
			hint = fmt.Sprintf(" in %s (write it with poolcheck -write-baseline %s [flags] ./...; go vet runs poolcheck in each package's directory, so give it an absolute path: -%s=$PWD/%s)", wd, path, FlagBaseline, path)
		}
	}
	return hint
}

// baselineFlag is -baseline: setting it checks that the file can be read,
// so that a missing or malformed baseline stops every driver once, at
// flag parsing, instead of failing each package. compile reads it again.
type baselineFlag struct{ path *string }

func (f baselineFlag) String() string {
	if f.path == nil {
		return ""
	}
	return *f.path
}

func (f baselineFlag) Set(v string) error {
	if v != "" {
		if _, err := readBaselineFile(v); err != nil {
			return err
		}
	}
	*f.path = v
	return nil
}

// BaselineKey identifies a finding in a baseline; see the file format above.
type BaselineKey struct {
	Package  string // import path, "_test" kept for external test packages
	Decl     string // enclosing top-level declaration: F, T.M, a variable name, init
	Category string // the diagnostic's category
	Subject  string // constructor full name, or the setting of a pool-limit finding
	N        int    // occurrence among equal (Package, Decl, Category, Subject), from 1
}

// String renders the key as one baseline line.
func (k BaselineKey) String() string {
	return k.prefix() + " #" + strconv.Itoa(k.N)
}

func (k BaselineKey) prefix() string {
	return field(k.Package) + " " + field(k.Decl) + " " + field(k.Category) + " " + field(k.Subject)
}

// field makes s one non-empty field without whitespace.
func field(s string) string {
	s = strings.Join(strings.FieldsFunc(s, unicode.IsSpace), "_")
	if s == "" {
		return "-"
	}
	return s
}

// ParseBaselineKey parses one baseline line.
func ParseBaselineKey(s string) (BaselineKey, error) {
	f := strings.Fields(s)
	if len(f) != 5 {
		return BaselineKey{}, fmt.Errorf("want 5 fields \"<package> <declaration> <category> <subject> #<n>\", got %d", len(f))
	}
	num, ok := strings.CutPrefix(f[4], "#")
	n, err := strconv.Atoi(num)
	if !ok || err != nil || n < 1 || strconv.Itoa(n) != num {
		return BaselineKey{}, fmt.Errorf("the last field %q is not an occurrence #1, #2, ...", f[4])
	}
	return BaselineKey{Package: f[0], Decl: f[1], Category: f[2], Subject: f[3], N: n}, nil
}

// ReadBaseline parses a baseline file. Errors name the line.
func ReadBaseline(r io.Reader) ([]BaselineKey, error) {
	var keys []BaselineKey
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF") // a byte-order mark from an editor
		}
		if rest, ok := strings.CutPrefix(text, "# poolcheck baseline v"); ok {
			if v, err := strconv.Atoi(rest); err == nil && v != BaselineVersion {
				return nil, fmt.Errorf("line %d: format version %d, this poolcheck reads version %d: rewrite it with this poolcheck's -write-baseline", line, v, BaselineVersion)
			}
		}
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		k, err := ParseBaselineKey(text)
		if err != nil {
			return nil, fmt.Errorf("line %d: malformed entry %q: %v", line, text, err)
		}
		keys = append(keys, k)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return keys, nil
}

// SortBaselineKeys sorts keys in file order (by the four fields, then by
// occurrence as a number, so #2 comes before #10) and removes duplicates.
func SortBaselineKeys(keys []BaselineKey) []BaselineKey {
	keys = slices.Clone(keys)
	slices.SortFunc(keys, func(a, b BaselineKey) int {
		return cmp.Or(cmp.Compare(a.prefix(), b.prefix()), cmp.Compare(a.N, b.N))
	})
	return slices.CompactFunc(keys, func(a, b BaselineKey) bool { return a.String() == b.String() })
}

// WriteBaseline writes a baseline file: the header, then keys sorted and
// without duplicates.
func WriteBaseline(w io.Writer, keys []BaselineKey) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `%s
#
# Findings accepted when poolcheck was adopted: with -baseline FILE,
# poolcheck reports only findings that are not listed here. Regenerate it
# with "poolcheck -write-baseline FILE [flags] ./..." (entries that no longer
# match are dropped); burn it down by fixing findings, not by adding lines.
#
# Each line: package, enclosing declaration, category, subject (constructor
# full name) and occurrence #n among findings with the same four fields, in
# source order. No line numbers: entries survive edits elsewhere.
`, baselineHeader)
	for _, k := range SortBaselineKeys(keys) {
		bw.WriteString(k.String())
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
