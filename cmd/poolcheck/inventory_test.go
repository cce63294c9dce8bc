package main_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// inventoryJSON is the -inventory -json output.
type inventoryJSON struct {
	Constructions int `json:"constructions"`
	Packages      []struct {
		Path          string `json:"path"`
		Main          bool   `json:"main"`
		Constructions int    `json:"constructions"`
		Clients       []struct {
			Type          string `json:"type"`
			Constructions []struct {
				File        string `json:"file"`
				Line        int    `json:"line"`
				Column      int    `json:"column"`
				Constructor string `json:"constructor"`
				Written     string `json:"written"`
				Function    string `json:"function"`
				Category    string `json:"category"`
				Test        bool   `json:"test"`
				Loop        int    `json:"loop"`
				Handler     string `json:"handler"`
			} `json:"constructions"`
		} `json:"clients"`
	} `json:"packages"`
	Pools []struct {
		Accessor string `json:"accessor"`
		Type     string `json:"type"`
		Exported bool   `json:"exported"`
		File     string `json:"file"`
		Line     int    `json:"line"`
		How      string `json:"how"`
	} `json:"pools"`
	Proposal *struct {
		Allow      []string       `json:"allow"`
		Shared     []string       `json:"shared"`
		FromFlags  bool           `json:"fromFlags"`
		Findings   int            `json:"findings"`
		ByCategory map[string]int `json:"byCategory"`
		New        *int           `json:"new"`
		Command    string         `json:"command"`
		Baseline   string         `json:"baseline"`
		Candidates []struct {
			Package string `json:"package"`
			Once    int    `json:"once"`
		} `json:"candidates"`
	} `json:"proposal"`
}

func inventoryOf(t *testing.T, dir string, env []string, args ...string) inventoryJSON {
	t.Helper()
	stdout, stderr, code := runEnv(t, dir, env, append([]string{"-inventory", "-json"}, args...)...)
	if code != 0 {
		t.Fatalf("poolcheck -inventory -json %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
	}
	var inv inventoryJSON
	if err := json.Unmarshal([]byte(stdout), &inv); err != nil {
		t.Fatalf("-inventory -json output is not JSON: %v\n%s", err, stdout)
	}
	return inv
}

// copyFixture copies testdata/<name> to a fresh directory.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if out, err := exec.Command("cp", "-r", filepath.Join("testdata", name), dir).CombinedOutput(); err != nil {
		t.Fatalf("copy: %v\n%s", err, out)
	}
	return dir
}

const kvDial = "-constructors=example.com/shop/internal/kv.Dial"

// TestInventory runs -inventory on testdata/shop, where store already owns
// most pools and keeps two of them in exported variables.
func TestInventory(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, "shop")
	inv := inventoryOf(t, dir, nil, kvDial, "./...")

	if inv.Constructions != 11 || len(inv.Packages) != 4 {
		t.Errorf("%d constructions in %d packages, want 11 in 4", inv.Constructions, len(inv.Packages))
	}
	var got []string
	for _, p := range inv.Packages {
		for _, c := range p.Clients {
			for _, k := range c.Constructions {
				marks := ""
				if k.Test {
					marks += " test"
				}
				if k.Loop > 0 {
					marks += " loop"
				}
				if k.Handler != "" {
					marks += " handler=" + k.Handler
				}
				got = append(got, strings.Join([]string{p.Path, c.Type, k.File, k.Constructor, k.Function, k.Category}, " ")+marks)
			}
		}
	}
	const sqlDB, kvClient = "*database/sql.DB", "*example.com/shop/internal/kv.Client"
	want := []string{
		"example.com/shop/api " + sqlDB + " api/api.go database/sql.Open Orders repeated-construction handler=Orders",
		"example.com/shop/api " + sqlDB + " api/api.go database/sql.Open Batch repeated-construction loop",
		"example.com/shop/cmd/migrate " + sqlDB + " cmd/migrate/main.go database/sql.Open main construction",
		"example.com/shop/cmd/migrate " + kvClient + " cmd/migrate/main.go example.com/shop/internal/kv.Dial main construction",
		"example.com/shop/store " + sqlDB + " store/store.go database/sql.Open DB construction",
		"example.com/shop/store " + sqlDB + " store/store.go database/sql.Open init construction",
		"example.com/shop/store " + sqlDB + " store/store.go database/sql.Open Replica construction",
		"example.com/shop/store " + sqlDB + " store/store_test.go database/sql.Open TestDB construction test",
		"example.com/shop/store " + kvClient + " store/store.go example.com/shop/internal/kv.Dial Cache construction",
		"example.com/shop/worker " + sqlDB + " worker/worker.go database/sql.Open New construction",
		"example.com/shop/worker " + sqlDB + " worker/worker.go database/sql.Open Worker.Reconnect construction",
	}
	if !slices.Equal(got, want) {
		t.Errorf("constructions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	var pools []string
	for _, p := range inv.Pools {
		pools = append(pools, p.Accessor+" "+p.Type+" "+p.How)
	}
	wantPools := []string{
		"example.com/shop/store.DB " + sqlDB + " initialised by sql.Open",
		"example.com/shop/store.Cache " + kvClient + " initialised by kv.Dial",
		"example.com/shop/store.reports " + sqlDB + " assigned in init by sql.Open",
	}
	if !slices.Equal(pools, wantPools) {
		t.Errorf("pools:\n%s\nwant:\n%s", strings.Join(pools, "\n"), strings.Join(wantPools, "\n"))
	}

	p := inv.Proposal
	if p == nil {
		t.Fatal("no proposal")
	}
	if !slices.Equal(p.Allow, []string{"example.com/shop/store"}) ||
		!slices.Equal(p.Shared, []string{"example.com/shop/store.DB", "example.com/shop/store.Cache"}) {
		t.Errorf("proposed -allow=%v -shared=%v, want store and its exported pools DB, Cache", p.Allow, p.Shared)
	}
	// worker's two and migrate's two, api's two per request and per item,
	// and the replica pool that store hands out without a limit.
	if p.Findings != 7 || p.ByCategory["construction"] != 4 || p.ByCategory["repeated-construction"] != 2 || p.ByCategory["unbounded-pool"] != 1 {
		t.Errorf("findings with the proposal: %d %v, want 7: 4 construction, 2 repeated-construction, 1 unbounded-pool", p.Findings, p.ByCategory)
	}
	wantCmd := "poolcheck -allow=example.com/shop/store -shared=example.com/shop/store.DB,example.com/shop/store.Cache " + kvDial + " ./..."
	if p.Command != wantCmd {
		t.Errorf("command %q, want %q", p.Command, wantCmd)
	}

	// The proposed command reports exactly the counted findings.
	_, stderr, code := run(t, dir, strings.Fields(p.Command)[1:]...)
	if n := strings.Count(stderr, "\n"); code != 3 || n != p.Findings {
		t.Errorf("%s: exit %d, %d findings, want exit 3 and %d:\n%s", p.Command, code, n, p.Findings, stderr)
	}

	// The text form says the same for people.
	text, stderr, code := run(t, dir, "-inventory", kvDial, "./...")
	for _, want := range []string{
		"11 constructions in 4 packages\n",
		"\nexample.com/shop/cmd/migrate (main): 2\n",
		"    api/api.go:12:13: sql.Open in Orders [handler Orders, repeated]\n",
		"    api/api.go:23:14: sql.Open in Batch [loop at line 22, repeated]\n",
		"    store/store_test.go:9:13: sql.Open in TestDB [test]\n",
		"  example.com/shop/store.reports *database/sql.DB, store/store.go:20, assigned in init by sql.Open (unexported: export it, or add an accessor function, to use it as -shared)\n",
		"  -allow=example.com/shop/store\n      4 of the 8 constructions that run once outside test files\n",
		"  -shared=example.com/shop/store.DB,example.com/shop/store.Cache\n",
		"  findings with it: 7 (4 construction, 2 repeated-construction, 1 unbounded-pool)\n",
		"check:    " + wantCmd + "\n",
		"baseline: poolcheck -write-baseline=poolcheck.baseline -allow=",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("-inventory text output lacks %q:\n%s", want, text)
		}
	}
	if code != 0 || stderr != "" {
		t.Errorf("-inventory: exit %d, stderr %q", code, stderr)
	}

	// A -allow given is evaluated instead of proposed.
	inv = inventoryOf(t, dir, nil, kvDial, "-allow=example.com/shop/worker", "./...")
	if p := inv.Proposal; !p.FromFlags || !slices.Equal(p.Allow, []string{"example.com/shop/worker"}) || len(p.Shared) != 0 || p.Findings != 11 {
		t.Errorf("with -allow=worker: proposal %+v, want that allow, no shared accessor (worker keeps none) and 11 findings", p)
	}
}

// TestInventoryExample: on the bundled example the proposal is the
// README's configuration.
func TestInventoryExample(t *testing.T) {
	t.Parallel()
	inv := inventoryOf(t, "../..", nil, "./example/...")
	p := inv.Proposal
	if inv.Constructions != 4 || p == nil ||
		!slices.Equal(p.Allow, []string{exampleDB}) || !slices.Equal(p.Shared, []string{exampleDB + ".Pool"}) || p.Findings != 3 {
		t.Fatalf("inventory of the example: %d constructions, proposal %+v; want 4, -allow=%s -shared=%[3]s.Pool and 3 findings", inv.Constructions, p, exampleDB)
	}
	if len(inv.Pools) != 1 || inv.Pools[0].How != "initialised by open() → sql.Open" {
		t.Errorf("pools %+v, want db.Pool initialised by open() → sql.Open", inv.Pools)
	}
}

func TestInventoryErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/broken\n\ngo 1.26\n")
	write(t, dir, "broken.go", "package broken\n\nimport \"database/sql\"\n\nvar db, _ = sql.Open(1)\n")
	if _, stderr, code := run(t, dir, "-inventory", "./..."); code != 1 || !strings.Contains(stderr, "broken.go:5") || !strings.Contains(stderr, "the inventory is incomplete") {
		t.Errorf("broken package: exit %d, stderr:\n%s\nwant exit 1, the type error and a note", code, stderr)
	}
	if _, stderr, code := run(t, dir, "-inventory"); code != 2 || !strings.Contains(stderr, "usage: poolcheck -inventory") {
		t.Errorf("no packages: exit %d, stderr:\n%s\nwant exit 2 and the usage", code, stderr)
	}
	if _, stderr, code := run(t, dir, "-inventory", "-fix", "./..."); code != 2 || !strings.Contains(stderr, "flag provided but not defined: -fix") {
		t.Errorf("-inventory -fix: exit %d, stderr:\n%s\nwant exit 2", code, stderr)
	}
	// Nothing constructed: no proposal, and JSON says so with null.
	write(t, dir, "broken.go", "package broken\n")
	if inv := inventoryOf(t, dir, nil, "./..."); inv.Proposal != nil || inv.Constructions != 0 {
		t.Errorf("clean module: %+v, want no constructions and no proposal", inv)
	}
}

// TestInventoryHandlers: -inventory marks as handlers exactly the
// constructions the analyzer reports as running on every request, for
// every kind of handler the analyzer knows (net/http, gin, gRPC here), not
// only net/http's.
func TestInventoryHandlers(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, "handlers")
	stdout, stderr, code := run(t, dir, "-json", "./...")
	if code != 0 {
		t.Fatalf("poolcheck -json: exit %d\n%s", code, stderr)
	}
	// singlechecker's -json: package -> analyzer -> diagnostics.
	var out map[string]map[string][]struct {
		Posn     string `json:"posn"`
		Category string `json:"category"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("-json output: %v\n%s", err, stdout)
	}
	perRequest := map[string]bool{} // "file:line:col" of repeated-construction findings
	for _, byAnalyzer := range out {
		for _, d := range byAnalyzer["poolcheck"] {
			rel, _ := filepath.Rel(dir, d.Posn)
			if d.Category == "repeated-construction" {
				perRequest[rel] = true
			}
		}
	}
	handlers := map[string]string{}
	for _, p := range inventoryOf(t, dir, nil, "./...").Packages {
		for _, c := range p.Clients {
			for _, k := range c.Constructions {
				if k.Handler != "" {
					handlers[fmt.Sprintf("%s:%d:%d", k.File, k.Line, k.Column)] = k.Handler
				}
			}
		}
	}
	want := map[string]string{
		"api/api.go:16:11": "Health",
		"api/api.go:22:11": "ListUsers",
		"api/api.go:29:12": "a func literal in Routes",
		"api/api.go:48:13": "usersServer.GetUser",
	}
	if !maps.Equal(handlers, want) {
		t.Errorf("-inventory handlers:\n%v\nwant:\n%v", handlers, want)
	}
	// The fixture has no loops: every per-request finding is a handler's.
	if !slices.Equal(slices.Sorted(maps.Keys(perRequest)), slices.Sorted(maps.Keys(handlers))) {
		t.Errorf("repeated-construction findings at %v, inventory handlers at %v: want the same places",
			slices.Sorted(maps.Keys(perRequest)), slices.Sorted(maps.Keys(handlers)))
	}
}

// TestInventoryPools: package-level pools assigned in a method and through
// a local variable inside a sync.Once are listed; a variable that gets a
// value passed in, and a field, are not.
func TestInventoryPools(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, "sessions")
	inv := inventoryOf(t, dir, nil, "./...")
	var got []string
	for _, p := range inv.Pools {
		got = append(got, fmt.Sprintf("%s %s %s:%d %s", p.Accessor, p.Type, p.File, p.Line, p.How))
	}
	want := []string{
		"example.com/sessions/session.client *github.com/bradfitz/gomemcache/memcache.Client session/session.go:15 assigned in Provider.SessionInit by memcache.New",
		"example.com/sessions/session.Pool *database/sql.DB session/session.go:29 assigned in DB by sql.Open through db",
	}
	if !slices.Equal(got, want) {
		t.Errorf("pools:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if p := inv.Proposal; p == nil || !slices.Equal(p.Shared, []string{"example.com/sessions/session.Pool"}) {
		t.Errorf("proposal %+v, want -shared=example.com/sessions/session.Pool (client is unexported)", p)
	}
	// Handle's call of connectInit is a finding but not a construction:
	// connectInit's sql.Open is listed, once.
	var cons []string
	for _, p := range inv.Packages {
		for _, c := range p.Clients {
			for _, k := range c.Constructions {
				cons = append(cons, fmt.Sprintf("%s:%d %s in %s", k.File, k.Line, k.Written, k.Function))
			}
		}
	}
	wantCons := []string{
		"session/session.go:36 sql.Open in DB",
		"session/session.go:65 sql.Open in connectInit",
		"session/session.go:23 memcache.New in Provider.SessionInit",
		"session/session.go:59 memcache.New in cache.connect",
	}
	if !slices.Equal(cons, wantCons) {
		t.Errorf("constructions:\n%s\nwant:\n%s", strings.Join(cons, "\n"), strings.Join(wantCons, "\n"))
	}
	if p := inv.Proposal; p == nil || p.ByCategory["repeated-construction"] != 1 {
		t.Errorf("proposal %+v, want the per-request call of connectInit among its findings", p)
	}
}
