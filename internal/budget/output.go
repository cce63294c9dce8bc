package budget

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteJSON writes the report as the documented JSON contract.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteText writes one table per binary and its totals.
func (r *Report) WriteText(w io.Writer) error {
	for i, b := range r.Binaries {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s\n", b.Package)
		if len(b.Pools) == 0 {
			fmt.Fprintln(w, "  no pools reachable from main or init")
			continue
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  SERVER\tLIMIT\tSOURCE\tMULTIPLICITY\tCONSTRUCTOR\tPOSITION\tPATH")
		for _, p := range b.Pools {
			limit := "-"
			if p.Limit != nil {
				limit = fmt.Sprint(*p.Limit)
			}
			if p.Instances > 1 {
				limit += fmt.Sprintf(" ×%d", p.Instances)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.Server, limit, p.LimitSource, p.Multiplicity, p.Written, p.Posn, strings.Join(p.Path, " → "))
		}
		tw.Flush()
		for _, p := range b.Pools {
			var notes []string
			if p.Why != "" {
				notes = append(notes, p.Why)
			}
			if p.LimitSource == SourceConfig {
				notes = append(notes, "limit set from configuration at "+p.LimitPosn)
			}
			if p.LimitNote != "" {
				notes = append(notes, p.LimitNote)
			}
			if len(notes) > 0 {
				fmt.Fprintf(w, "  %s: %s\n", p.Posn, strings.Join(notes, "; "))
			}
		}
		var totals []string
		for _, srv := range sortedKeys(b.Totals) {
			t := b.Totals[srv].String()
			if lb, ok := b.LowerBounds[srv]; ok {
				t += fmt.Sprintf(" (at least %d)", lb)
			}
			totals = append(totals, srv+" "+t)
		}
		fmt.Fprintf(w, "  total per process: %s\n", strings.Join(totals, ", "))
		for _, srv := range b.Shared {
			fmt.Fprintf(w, "  %s: more than one pool in this binary\n", srv)
		}
	}
	return nil
}

// WriteMermaid writes a Mermaid flowchart: binary → pool sites → server,
// edges labelled with the limits. It renders in GitHub and GitLab
// markdown inside a ```mermaid block.
func (r *Report) WriteMermaid(w io.Writer) error {
	fmt.Fprintln(w, "flowchart LR")
	servers := map[string]bool{}
	for bi, b := range r.Binaries {
		bid := fmt.Sprintf("b%d", bi)
		fmt.Fprintf(w, "  %s[[\"%s\"]]\n", bid, mermaidText(b.Package))
		for pi, p := range b.Pools {
			pid := fmt.Sprintf("b%dp%d", bi, pi)
			label := fmt.Sprintf("%s<br/>%s", p.Written, p.Posn)
			fmt.Fprintf(w, "  %s(\"%s\")\n", pid, mermaidText(label))
			mult := p.Multiplicity
			if p.Instances > 1 {
				mult += fmt.Sprintf(" ×%d", p.Instances)
			}
			fmt.Fprintf(w, "  %s -->|\"%s\"| %s\n", bid, mermaidText(mult), pid)
			sid := "s_" + mermaidID(p.Server)
			servers[p.Server] = true
			fmt.Fprintf(w, "  %s -->|\"%s\"| %s\n", pid, mermaidText(limitLabel(p)), sid)
			if p.Multiplicity != Once || p.LimitSource == SourceNone {
				fmt.Fprintf(w, "  class %s unbounded\n", pid)
			}
		}
	}
	for _, srv := range sortedKeys(servers) {
		fmt.Fprintf(w, "  s_%s[(\"%s\")]\n", mermaidID(srv), mermaidText(srv))
	}
	fmt.Fprintln(w, "  classDef unbounded stroke:#d00,stroke-width:2px")
	return nil
}

func limitLabel(p *Pool) string {
	switch {
	case p.Limit != nil:
		return fmt.Sprintf("%d (%s)", *p.Limit, p.LimitSource)
	case p.LimitSource == SourceConfig:
		return "config"
	}
	return "no limit"
}

// mermaidText escapes a label for a quoted Mermaid string.
func mermaidText(s string) string {
	return strings.NewReplacer(`"`, "#quot;", "<br/>", "<br/>", "<", "#lt;", ">", "#gt;").Replace(s)
}

func mermaidID(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}
