package analyzer

import (
	"fmt"
	"io"
	"strings"

	"github.com/poolcheck/poolcheck/analyzer/internal/knowledge"
)

// The catalog of constructors, indexed from the library knowledge
// (internal/knowledge) once, at package initialisation.

// kind says what a catalogued constructor builds.
type kind = knowledge.Kind

const (
	kindPool      = knowledge.Pool
	kindConn      = knowledge.Conn
	kindEmbedded  = knowledge.Embedded
	kindDialector = knowledge.Dialector
)

// entry is one catalogued constructor.
type entry struct {
	lib  string // library heading for -catalog
	name string // types.Func.FullName, or "path.Type{}" for a composite literal
	kind kind
	cond knowledge.Cond
}

func (e *entry) isLiteral() bool { return strings.HasSuffix(e.name, knowledge.LiteralSuffix) }

// builtin is the catalog, in the order of -catalog.
var builtin = func() []entry {
	var out []entry
	for _, lib := range knowledge.Libraries {
		for _, c := range lib.Constructors {
			out = append(out, entry{lib: lib.Name, name: c.Name, kind: c.Kind, cond: c.Cond})
		}
	}
	return out
}()

// WriteCatalog prints the built-in catalog grouped by library.
func WriteCatalog(w io.Writer) error {
	first := true
	for _, lib := range knowledge.Libraries {
		if len(lib.Constructors) == 0 {
			continue
		}
		if !first {
			fmt.Fprintln(w)
		}
		first = false
		fmt.Fprintf(w, "%s\n", lib.Name)
		for _, c := range lib.Constructors {
			note := c.Kind.String()
			if s := c.Cond.String(); s != "" {
				note += "; " + s
			}
			if _, err := fmt.Fprintf(w, "  %-70s %s\n", c.Name, note); err != nil {
				return err
			}
		}
	}
	return nil
}

// symbol identifies a function, method or type independent of types.Object
// identity, which differs between packages loaded from source and from
// export data.
type symbol struct {
	pkg  string // package path
	recv string // receiver type name for methods, "" otherwise
	name string // function, method or type name
	lit  bool   // composite-literal type
}

// parseName parses a name as types.Func.FullName prints it ("p/q.F",
// "(*p/q.T).M", "(p/q.T).M") or a literal type "p/q.T{}".
func parseName(s string) (symbol, error) {
	k, err := knowledge.ParseName(s)
	return symbol{pkg: k.Pkg, recv: k.Recv, name: k.Name, lit: k.Literal}, err
}

// catalog indexes entries by package path for the hot path.
type catalog map[string]map[symbol]*entry

func newCatalog(extra []string) (catalog, error) {
	c := catalog{}
	add := func(e *entry) error {
		k, err := parseName(e.name)
		if err != nil {
			return err
		}
		if c[k.pkg] == nil {
			c[k.pkg] = map[symbol]*entry{}
		}
		c[k.pkg][k] = e
		return nil
	}
	for i := range builtin {
		if err := add(&builtin[i]); err != nil {
			panic(err) // the built-in catalog is tested
		}
	}
	for _, name := range extra {
		if err := add(&entry{lib: "-constructors", name: strings.TrimSpace(name), kind: kindPool}); err != nil {
			return nil, err
		}
	}
	return c, nil
}
