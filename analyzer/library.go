package analyzer

import (
	"go/types"
	"slices"

	"github.com/poolcheck/poolcheck/analyzer/internal/knowledge"
)

// Indexes of the library knowledge (internal/knowledge) that the rules
// look things up in, built once at package initialisation.
var (
	// limitMethods cap the open connections of a database/sql pool.
	limitMethods = symbols(func(l knowledge.Library) []string { return l.LimitMethods })
	// sizeMethods take the most connections of a pool as their only argument.
	sizeMethods = symbols(func(l knowledge.Library) []string { return slices.Concat(l.LimitMethods, l.SizeMethods) })
	// poolConnectors return a driver.Connector over an existing pool.
	poolConnectors = symbols(func(l knowledge.Library) []string { return l.PoolConnectors })
	// passThrough maps functions that turn their first argument into a
	// pool to the result that is the pool.
	passThrough = func() map[symbol]int {
		m := map[symbol]int{}
		for _, lib := range knowledge.Libraries {
			for _, pt := range lib.PassThrough {
				m[mustParse(pt.Func)] = pt.Result
			}
		}
		return m
	}()
	// sizeFields are the fields that set the most connections of a pool,
	// by package path.
	sizeFields = func() map[string][]sizeField {
		m := map[string][]sizeField{}
		for _, lib := range knowledge.Libraries {
			for _, f := range lib.SizeFields {
				t := mustParse(f.Type)
				m[t.pkg] = append(m[t.pkg], sizeField{t.name, f.Name})
			}
		}
		return m
	}()
	// clientTypes are the clients of the libraries, "pkg/path.Type".
	clientTypes = func() map[string]bool {
		m := map[string]bool{}
		for _, lib := range knowledge.Libraries {
			for _, t := range lib.ClientTypes {
				m[t] = true
			}
		}
		return m
	}()
)

// sizeField is a struct field of a package: type and field name.
type sizeField struct{ typ, field string }

func symbols(names func(knowledge.Library) []string) map[symbol]bool {
	m := map[symbol]bool{}
	for _, lib := range knowledge.Libraries {
		for _, name := range names(lib) {
			m[mustParse(name)] = true
		}
	}
	return m
}

// mustParse parses a name of the library knowledge, which its tests check.
func mustParse(name string) symbol {
	k, err := parseName(name)
	if err != nil {
		panic(err)
	}
	return k
}

// hasLimit reports whether values of type t have a limit method
// (*sql.DB, *sqlx.DB through its embedded *sql.DB, *xorm.Engine ...).
func hasLimit(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "SetMaxOpenConns")
	fn, ok := obj.(*types.Func)
	return ok && fn.Pkg() != nil && limitMethods[funcKey(fn)]
}

// hasDBLimit reports whether t has a method DB() whose first result has a
// limit method: *gorm.DB, ent's *sql.Driver, jinzhu's *gorm.DB.
func hasDBLimit(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "DB")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	return sig.Params().Len() == 0 && sig.Results().Len() > 0 && hasLimit(sig.Results().At(0).Type())
}

// sqlPool reports whether t holds a database/sql pool whose limit can be
// set through it.
func sqlPool(t types.Type) bool {
	return hasLimit(t) || hasDBLimit(t)
}
