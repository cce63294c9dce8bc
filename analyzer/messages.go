package analyzer

import (
	"fmt"
	"strings"
)

// message says what was constructed, why that is wrong here and what to
// use instead. rep, if set, says how the construction repeats; owned means
// the construction belongs to a sanctioned package; via names the
// constructor behind a wrapper.
func (p *checker) message(name string, e *entry, use, rep string, owned bool, via string) string {
	var what, each string
	switch e.kind {
	case kindConn:
		what, each = "opens a dedicated connection that bypasses the shared pool", "each call opens a new connection"
	case kindEmbedded:
		what, each = "opens a new handle on an embedded database", "each call opens a new handle"
	case kindDialector:
		what, each = "makes gorm.Open create a new connection pool", "each call makes gorm.Open open a new pool"
	default:
		what, each = "creates a new connection pool", "each call opens a new pool"
	}
	if via != "" {
		what += " (via " + via + ")"
		each += " (via " + via + ")"
	}
	instead := ""
	switch {
	case use != "":
		instead = "; use " + use + " instead"
	case owned:
		instead = "; create it once and share it"
	case len(p.cfg.allow) > 0:
		instead = "; construct it once in " + p.allowNear() + " and share it"
	}
	if rep != "" {
		if instead == "" {
			instead = fmt.Sprintf("; no package is sanctioned to create clients: set -%s to the import path of the package that owns the shared pool and use that pool", FlagAllow)
		}
		return fmt.Sprintf("%s %s: %s%s", name, rep, each, instead)
	}
	if len(p.cfg.allow) == 0 {
		if use != "" {
			return fmt.Sprintf("%s %s%s", name, what, instead)
		}
		return fmt.Sprintf("%s %s; no package is sanctioned to create clients: set -%s to the import path of the package that owns the shared pool and use that pool", name, what, FlagAllow)
	}
	if use != "" {
		return fmt.Sprintf("%s %s outside %s%s", name, what, p.allowNear(), instead)
	}
	// Without -shared the analyzer does not know whether the sanctioned
	// package holds a client of this kind: state the rule, promise no pool.
	return fmt.Sprintf("%s %s outside %s: construct it there once and share it", name, what, p.allowNear())
}

// allowNear names the sanctioned packages in a message. With one -allow
// pattern it is that one; with several, the one nearest to this package
// (the longest run of leading path elements in common, the first on a
// tie) and how many more there are, not the whole list in every message:
// "the sanctioned package example.com/app/db (+2 more)".
func (p *checker) allowNear() string {
	pats := p.cfg.allow
	if len(pats) == 0 {
		return ""
	}
	if len(pats) == 1 {
		return "the sanctioned package " + pats[0].String()
	}
	here := pkgPath(p.pass.Pkg)
	best, bestN := 0, -1
	for i, pt := range pats {
		if n := commonElems(here, pt.path); n > bestN {
			best, bestN = i, n
		}
	}
	return fmt.Sprintf("the sanctioned package %s (+%d more)", pats[best].String(), len(pats)-1)
}

// callMessage is the message of a call, from a handler, loop or goroutine,
// of a helper of this package that constructs on every call (calls.go):
// "connectInit runs on every call to SessionRead: each call opens a new
// pool (via sql.Open)".
func (p *checker) callMessage(name string, c *constructing, rep string) string {
	return p.message(name, &entry{kind: c.kind}, "", rep, p.inSanctioned, c.via(p))
}

// commonElems counts the leading path elements that a and b share, without
// allocating: "example.com/app/api" and "example.com/app/db" share 2.
func commonElems(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ea, ra, _ := strings.Cut(a, "/")
		eb, rb, _ := strings.Cut(b, "/")
		if ea != eb {
			break
		}
		n++
		a, b = ra, rb
	}
	return n
}
