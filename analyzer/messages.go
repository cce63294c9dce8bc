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
	case len(p.c.allow) > 0:
		instead = "; use the shared pool from " + strings.TrimPrefix(strings.TrimPrefix(p.c.allowText(), "the sanctioned packages "), "the sanctioned package ") + " instead"
	}
	if rep != "" {
		if instead == "" {
			instead = fmt.Sprintf("; no package is sanctioned to create clients: set -%s to the import path of the package that owns the shared pool and use that pool", FlagAllow)
		}
		return fmt.Sprintf("%s %s: %s%s", name, rep, each, instead)
	}
	if len(p.c.allow) == 0 {
		if use != "" {
			return fmt.Sprintf("%s %s%s", name, what, instead)
		}
		return fmt.Sprintf("%s %s; no package is sanctioned to create clients: set -%s to the import path of the package that owns the shared pool and use that pool", name, what, FlagAllow)
	}
	if use != "" {
		return fmt.Sprintf("%s %s outside %s%s", name, what, p.c.allowText(), instead)
	}
	return fmt.Sprintf("%s %s outside %s; use the shared pool from there instead", name, what, p.c.allowText())
}
