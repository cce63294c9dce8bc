package budget

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Limit sources.
const (
	SourceConstant = "constant" // a constant limit setter, size field or DSN parameter
	SourceConfig   = "config"   // set from a value computed at run time
	SourceDefault  = "default"  // nothing set: the library's bounded default
	SourceNone     = "none"     // nothing bounds it (database/sql, redigo) or no default is known
)

// Report is the output of -budget; its JSON form is the -json contract
// documented in docs/budget.md.
type Report struct {
	Binaries  []*Binary `json:"binaries"`
	CPUs      int       `json:"cpus"`      // assumed for defaults that grow with the machine
	CallGraph string    `json:"callgraph"` // vta, rta or cha
}

// Binary is the pool map of one main package.
type Binary struct {
	Package string  `json:"package"`
	Pools   []*Pool `json:"pools"`
	// Totals per server kind: the most connections one process can open.
	Totals map[string]Total `json:"totals"`
	// LowerBounds per server kind whose total is "config": the sum of the
	// limits that are known.
	LowerBounds map[string]int `json:"lower_bounds,omitempty"`
	// Shared lists the server kinds to which the binary opens more than
	// one pool: the shape of the incident poolcheck was written for.
	Shared []string `json:"shared,omitempty"`
}

// Pool is one construction site reachable from main or init.
type Pool struct {
	Posn         string   `json:"posn"`        // file:line:column relative to the module root
	Constructor  string   `json:"constructor"` // catalog name: database/sql.Open
	Written      string   `json:"written"`     // as the code writes it: sql.Open
	Kind         string   `json:"kind"`        // pool, conn, embedded or dialector
	Server       string   `json:"server"`      // postgres, mysql, redis, mongo ... ("sql" when the driver is not a constant)
	Multiplicity string   `json:"multiplicity"`
	Why          string   `json:"why,omitempty"`        // what makes it run more than once
	Instances    int      `json:"instances"`            // once sites: calls on distinct call paths (a helper main calls twice makes two pools)
	Limit        *int     `json:"limit"`                // null when not a known number
	LimitSource  string   `json:"limit_source"`         // constant, config, default or none
	LimitPosn    string   `json:"limit_posn,omitempty"` // where the limit is set
	LimitNote    string   `json:"limit_note,omitempty"`
	LowerBound   *int     `json:"lower_bound,omitempty"` // config: the largest constant also set
	Path         []string `json:"path"`                  // call chain from main/init, or from the handler or loop
	Function     string   `json:"function"`              // the function that contains the site
	Sanctioned   bool     `json:"sanctioned,omitempty"`  // in a package -allow sanctions
}

// Total is a number of connections, or unbounded, or dependent on
// configuration. It is a JSON number or the string "unbounded" or "config".
type Total struct {
	N     int
	State string // "" (a number), "unbounded" or "config"
}

const (
	Unbounded  = "unbounded"
	Configured = "config"
)

func (t Total) String() string {
	if t.State != "" {
		return t.State
	}
	return strconv.Itoa(t.N)
}

func (t Total) MarshalJSON() ([]byte, error) {
	if t.State != "" {
		return json.Marshal(t.State)
	}
	return json.Marshal(t.N)
}

func (t *Total) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		if s != Unbounded && s != Configured {
			return fmt.Errorf("total %q: want a number, %q or %q", s, Unbounded, Configured)
		}
		*t = Total{State: s}
		return nil
	}
	return json.Unmarshal(b, &t.N)
}

// total computes the totals of b.
func (b *Binary) total() {
	b.Totals = map[string]Total{}
	lower := map[string]int{}
	count := map[string]int{}
	for _, p := range b.Pools {
		t := b.Totals[p.Server]
		count[p.Server]++
		switch {
		case t.State == Unbounded:
		case p.Multiplicity != Once || p.LimitSource == SourceNone:
			t = Total{State: Unbounded}
		case p.LimitSource == SourceConfig:
			t.State = Configured
			if p.LowerBound != nil {
				lower[p.Server] += *p.LowerBound * p.Instances
			} else {
				lower[p.Server] += p.Instances // at least one connection each
			}
		case p.Limit != nil:
			t.N += *p.Limit * p.Instances
			lower[p.Server] += *p.Limit * p.Instances
		}
		b.Totals[p.Server] = t
	}
	for srv, t := range b.Totals {
		if t.State == Configured {
			if b.LowerBounds == nil {
				b.LowerBounds = map[string]int{}
			}
			b.LowerBounds[srv] = lower[srv]
		}
		if t.State != "" {
			t.N = 0
			b.Totals[srv] = t
		}
		if count[srv] > 1 && srv != "embedded" {
			b.Shared = append(b.Shared, srv)
		}
	}
	sort.Strings(b.Shared)
}

// Max is a -budget-max gate: the most connections one process of any
// binary may open, per server kind.
type Max map[string]int

// ParseMax parses "postgres=25,redis=50".
func ParseMax(s string) (Max, error) {
	m := Max{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" || strings.ContainsAny(k, " \t=") {
			return nil, fmt.Errorf("malformed -budget-max entry %q: want kind=N, e.g. postgres=25,redis=50", part)
		}
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || n < 0 {
			return nil, fmt.Errorf("malformed -budget-max entry %q: %q is not a number of connections (0 or more)", part, v)
		}
		if _, dup := m[k]; dup {
			return nil, fmt.Errorf("-budget-max names %s twice", k)
		}
		m[k] = n
	}
	if len(m) == 0 {
		return nil, fmt.Errorf("-budget-max is empty: want kind=N, e.g. postgres=25,redis=50")
	}
	return m, nil
}

// Violations lists, per binary, the server kinds whose total can exceed
// the gate: a larger number, unbounded, or configuration (which the gate
// cannot vouch for unless its lower bound already exceeds it — then it is
// reported as exceeding; otherwise as unknown).
func (r *Report) Violations(m Max) []string {
	var out []string
	for _, b := range r.Binaries {
		for _, srv := range sortedKeys(b.Totals) {
			limit, ok := m[srv]
			if !ok {
				continue
			}
			t := b.Totals[srv]
			switch t.State {
			case Unbounded:
				out = append(out, fmt.Sprintf("%s: %s connections are unbounded (budget %d)%s", b.Package, srv, limit, b.unboundedWhy(srv)))
			case Configured:
				out = append(out, fmt.Sprintf("%s: %s connections depend on configuration, at least %d (budget %d): set the limits as constants or raise the budget", b.Package, srv, b.LowerBounds[srv], limit))
			default:
				if t.N > limit {
					out = append(out, fmt.Sprintf("%s: %s connections can reach %d (budget %d)", b.Package, srv, t.N, limit))
				}
			}
		}
	}
	return out
}

func (b *Binary) unboundedWhy(srv string) string {
	for _, p := range b.Pools {
		if p.Server != srv {
			continue
		}
		switch {
		case p.Multiplicity != Once:
			return fmt.Sprintf(": %s at %s %s", p.Written, p.Posn, p.Why)
		case p.LimitSource == SourceNone:
			return fmt.Sprintf(": %s at %s has no limit (%s)", p.Written, p.Posn, p.LimitNote)
		}
	}
	return ""
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Sizing is the deployment check of -replicas and -max-connections.
type Sizing struct {
	Replicas map[string]int // by binary package path or its last element; "" for every binary
	MaxConns map[string]int // per server kind: the server's max_connections less its reserve
}

// Size sums the totals of every binary times its replicas per server kind
// and compares them with MaxConns. It returns one line per server kind.
func (r *Report) Size(s Sizing) (lines []string, fits bool) {
	fits = true
	sum := map[string]Total{}
	for _, b := range r.Binaries {
		n, ok := s.Replicas[b.Package]
		if !ok {
			n, ok = s.Replicas[lastElem(b.Package)]
		}
		if !ok {
			n, ok = s.Replicas[""]
		}
		if !ok {
			n = 1
		}
		for srv, t := range b.Totals {
			acc := sum[srv]
			switch {
			case acc.State == Unbounded || t.State == Unbounded:
				acc = Total{State: Unbounded}
			case t.State == Configured:
				acc.State = Configured
				acc.N += b.LowerBounds[srv] * n
			default:
				acc.N += t.N * n
			}
			sum[srv] = acc
		}
	}
	for _, srv := range sortedKeys(sum) {
		t := sum[srv]
		max, ok := s.MaxConns[srv]
		switch {
		case t.State == Unbounded:
			lines = append(lines, fmt.Sprintf("%s: unbounded", srv))
			if ok {
				fits = false
			}
		case t.State == Configured:
			lines = append(lines, fmt.Sprintf("%s: depends on configuration, at least %d", srv, t.N))
			if ok && t.N > max {
				fits = false
			}
		case ok && t.N > max:
			lines = append(lines, fmt.Sprintf("%s: %d connections do not fit in max_connections = %d", srv, t.N, max))
			fits = false
		case ok:
			lines = append(lines, fmt.Sprintf("%s: %d connections fit in max_connections = %d", srv, t.N, max))
		default:
			lines = append(lines, fmt.Sprintf("%s: %d connections", srv, t.N))
		}
	}
	return lines, fits
}
