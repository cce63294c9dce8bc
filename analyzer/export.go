package analyzer

// This file exports the analyzer's knowledge — the catalog, the limit
// setters and size fields, handler and loop recognition — for programs
// that look at code outside a go/analysis pass: the whole-program
// connection budget (internal/budget, poolcheck -budget). Each export is a
// thin layer over the internals the rules use, so that the budget and the
// rules never disagree about what constructs a pool or bounds it.

import (
	"go/types"
)

// Catalog is the constructor catalog, with the extra -constructors and the
// -allow patterns of a Config.
type Catalog struct{ c *compiled }

// NewCatalog validates cfg (as NewAnalyzer does) and returns its catalog.
func NewCatalog(cfg Config) (*Catalog, error) {
	cfg.Baseline = "" // the baseline is about findings, not constructions
	c, err := compile(cfg)
	if err != nil {
		return nil, err
	}
	return &Catalog{c}, nil
}

// Sanctioned reports whether -allow sanctions the package at path.
func (c *Catalog) Sanctioned(path string) bool { return c.c.sanctioned(path) }

// Constructor describes one catalogued constructor.
type Constructor struct {
	Name    string // full name as the catalog writes it: "database/sql.Open", "github.com/gomodule/redigo/redis.Pool{}"
	Library string // the catalog's library heading: "pgx v5", "go-redis v9"; "-constructors" for extra ones
	Kind    string // "pool", "conn" (one dedicated connection), "embedded" or "dialector" (gorm)
}

func (e *entry) export() Constructor {
	k := "pool"
	switch e.kind {
	case kindConn:
		k = "conn"
	case kindEmbedded:
		k = "embedded"
	case kindDialector:
		k = "dialector"
	}
	return Constructor{Name: e.name, Library: e.lib, Kind: k}
}

// Func looks a function or method up in the catalog (generic instances by
// their origin).
func (c *Catalog) Func(fn *types.Func) (Constructor, bool) {
	if fn == nil || fn.Pkg() == nil {
		return Constructor{}, false
	}
	k := funcKey(fn)
	if e := c.c.catalog[k.pkg][k]; e != nil {
		return e.export(), true
	}
	return Constructor{}, false
}

// Type looks up a type whose composite literal (or new(T)) constructs a
// pool, such as redigo's redis.Pool; t may be a pointer or an alias.
func (c *Catalog) Type(t types.Type) (Constructor, bool) {
	named, ok := types.Unalias(derefType(types.Unalias(t))).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return Constructor{}, false
	}
	path := named.Obj().Pkg().Path()
	if e := c.c.catalog[path][symbol{pkg: path, name: named.Obj().Name(), lit: true}]; e != nil {
		return e.export(), true
	}
	return Constructor{}, false
}

// IsLimitMethod reports whether fn caps the open connections of a
// database/sql pool or a wrapper that owns one (SetMaxOpenConns).
func IsLimitMethod(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && limitMethods[funcKey(fn)]
}

// IsSizeMethod reports whether fn takes the most connections of a pool as
// its only argument (SetMaxOpenConns, mongo's SetMaxPoolSize).
func IsSizeMethod(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Signature().Recv() != nil && sizeMethods[funcKey(fn)]
}

// IsSizeField reports whether v is a struct field that sets the most
// connections of a pool (pgxpool MaxConns, go-redis PoolSize, redigo
// MaxActive ...).
func IsSizeField(v *types.Var) bool {
	if v == nil || !v.IsField() || v.Pkg() == nil || sizeFields[v.Pkg().Path()] == nil {
		return false
	}
	return isSizeField(v, map[*types.Package]map[*types.Var]bool{})
}

// HasSQLPool reports whether values of type t hold a database/sql pool
// whose limit can be set through them: a limit method of their own
// (*sql.DB, *sqlx.DB, *xorm.Engine) or through DB() (*gorm.DB, ent's
// driver).
func HasSQLPool(t types.Type) bool {
	return sqlPool(t)
}

// IsPoolConnector reports whether fn returns a driver.Connector over an
// existing pool, so that sql.OpenDB over its result builds no new pool.
func IsPoolConnector(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && poolConnectors[funcKey(fn)]
}

// Library reports whether the package at path defines catalogued
// constructors: code inside it (pgxpool.New calling NewWithConfig, a gorm
// dialector calling sql.Open) is the library's own, not another
// construction.
func (c *Catalog) Library(path string) bool { return len(c.c.catalog[path]) > 0 }
