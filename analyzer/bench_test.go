package analyzer_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/poolcheck/poolcheck/analyzer"
	"github.com/poolcheck/poolcheck/internal/noop"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"
)

// BenchmarkPass measures the poolcheck pass alone, on packages loaded
// once: the inspector (built by inspect.Analyzer, which every analyzer of
// the driver shares) is computed beforehand, so each op is one call of
// the analyzer's Run per package. noop runs on the same prepared passes.
//
// Besides ns/op and allocs/op it reports cpu-ns/op, the process's CPU time
// per op (steadier than ns/op on a busy machine), and floor-%: cpu-ns/op as
// a percentage of the CPU time of the floor, which is what a driver spends on the same
// packages before any analyzer runs (type-checking the parsed files and
// building the inspector), and lines, the size of the input.
//
// Inputs: the driver fixtures (stubs, dense in constructions), database/sql
// with its tests (std: real code calling sql.Open), net/http with its tests
// (std: large, no construction) and synthetic packages of 1k, 10k and 100k
// lines with one construction per 23 lines, for the scaling: ns/op per line
// should stay flat.
//
//	go test -run='^$' -bench=Pass -benchmem ./analyzer/
func BenchmarkPass(b *testing.B) {
	inputs := []struct {
		name string
		load func(b *testing.B) []*packages.Package
	}{
		{"drivers", func(b *testing.B) []*packages.Package { return loadTestdata(b, "drivers/...") }},
		{"database-sql", func(b *testing.B) []*packages.Package { return loadStd(b, "database/sql") }},
		{"net-http", func(b *testing.B) []*packages.Package { return loadStd(b, "net/http") }},
		{"synthetic-1k", func(b *testing.B) []*packages.Package { return loadSynthetic(b, 1_000) }},
		{"synthetic-10k", func(b *testing.B) []*packages.Package { return loadSynthetic(b, 10_000) }},
		{"synthetic-100k", func(b *testing.B) []*packages.Package { return loadSynthetic(b, 100_000) }},
	}
	pc, err := analyzer.NewAnalyzer(analyzer.Config{Allow: []string{"example.com/app/db"}})
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			pkgs := in.load(b)
			floor, lines := measureFloor(b, pkgs)
			for _, a := range []*analysis.Analyzer{pc, noop.Analyzer} {
				b.Run(a.Name, func(b *testing.B) {
					passes, findings := preparePasses(pkgs, a)
					b.ReportAllocs()
					start, n := cpuTime(), 0
					for b.Loop() {
						for _, p := range passes {
							if _, err := a.Run(p); err != nil {
								b.Fatal(err)
							}
						}
						n++
					}
					per := (cpuTime() - start) / time.Duration(n)
					b.ReportMetric(float64(per), "cpu-ns/op")
					b.ReportMetric(100*float64(per)/float64(floor), "floor-%")
					b.ReportMetric(float64(lines), "lines")
					b.ReportMetric(float64(*findings)/float64(n), "findings/op")
				})
			}
		})
	}
}

// preparePasses builds one pass of a per package, with the inspector
// precomputed; Report counts findings.
func preparePasses(pkgs []*packages.Package, a *analysis.Analyzer) ([]*analysis.Pass, *int) {
	findings := new(int)
	var passes []*analysis.Pass
	for _, pkg := range pkgs {
		passes = append(passes, &analysis.Pass{
			Analyzer:   a,
			Fset:       pkg.Fset,
			Files:      pkg.Syntax,
			Pkg:        pkg.Types,
			TypesInfo:  pkg.TypesInfo,
			TypesSizes: pkg.TypesSizes,
			ResultOf:   map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(pkg.Syntax)},
			Report:     func(analysis.Diagnostic) { *findings++ },
			ReadFile:   os.ReadFile,
		})
	}
	return passes, findings
}

// cpuTime is the CPU time (user and system) of this process so far: the
// machine may be busy with other work, which inflates wall time but not
// CPU time. It includes the garbage collector's work, which the op causes.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measureFloor times what the driver does for pkgs before analyzers run:
// type-checking the parsed files (imports from the loaded dependencies)
// and building the inspector. It returns the CPU time of the fastest of
// three runs and the number of lines.
func measureFloor(b *testing.B, pkgs []*packages.Package) (time.Duration, int) {
	b.Helper()
	lines := 0
	for _, pkg := range pkgs {
		for _, f := range pkg.Syntax {
			lines += pkg.Fset.File(f.FileStart).LineCount()
		}
	}
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := cpuTime()
		for _, pkg := range pkgs {
			imports := map[string]*types.Package{}
			for _, imp := range pkg.Types.Imports() {
				imports[imp.Path()] = imp
			}
			conf := types.Config{
				Importer: importerFunc(func(path string) (*types.Package, error) {
					for _, p := range []string{path, "vendor/" + path} {
						if imp := imports[p]; imp != nil {
							return imp, nil
						}
					}
					return nil, fmt.Errorf("%s: no import %q", pkg.ID, path)
				}),
				Sizes: pkg.TypesSizes,
			}
			info := &types.Info{
				Types:        map[ast.Expr]types.TypeAndValue{},
				Defs:         map[*ast.Ident]types.Object{},
				Uses:         map[*ast.Ident]types.Object{},
				Implicits:    map[ast.Node]types.Object{},
				Instances:    map[*ast.Ident]types.Instance{},
				Scopes:       map[ast.Node]*types.Scope{},
				Selections:   map[*ast.SelectorExpr]*types.Selection{},
				FileVersions: map[*ast.File]string{},
			}
			if _, err := conf.Check(pkg.Types.Path(), pkg.Fset, pkg.Syntax, info); err != nil {
				b.Fatalf("%s: %v", pkg.ID, err)
			}
			inspector.New(pkg.Syntax)
		}
		best = min(best, cpuTime()-start)
	}
	return best, lines
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// loadTestdata loads packages of testdata/src in GOPATH mode, like
// analysistest.
func loadTestdata(b *testing.B, patterns ...string) []*packages.Package {
	b.Helper()
	return load(b, &packages.Config{
		Dir: analysistest.TestData(),
		Env: append(os.Environ(), "GOPATH="+analysistest.TestData(), "GO111MODULE=off", "GOPROXY=off", "GOWORK=off"),
	}, patterns...)
}

// loadStd loads a standard library package with its tests; it needs no
// network (the go command compiles the dependencies' export data).
func loadStd(b *testing.B, pattern string) []*packages.Package {
	b.Helper()
	return load(b, &packages.Config{Tests: true, Env: append(os.Environ(), "GOPROXY=off")}, pattern)
}

// loadSynthetic writes a package of about lines lines, in files of about
// 900 lines, that constructs a pool every 23 lines and otherwise uses the
// pools, and loads it.
func loadSynthetic(b *testing.B, lines int) []*packages.Package {
	b.Helper()
	gopath := b.TempDir()
	dir := filepath.Join(gopath, "src", "example.com", "synth")
	if err := os.MkdirAll(dir, 0o777); err != nil {
		b.Fatal(err)
	}
	const header = "package synth\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n\t\"fmt\"\n\t\"strings\"\n)\n"
	const unit = `
// f%[1]d opens a pool per call: the construction poolcheck reports.
func f%[1]d(ctx context.Context, dsn string) (int, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return 0, fmt.Errorf("open %%d: %%w", %[1]d, err)
	}
	defer db.Close()
	var n int
	for i := 0; i < 3; i++ {
		if err := db.QueryRowContext(ctx, "select $1", i).Scan(&n); err != nil {
			return 0, err
		}
		n += len(strings.Repeat("x", i))
	}
	return n, nil
}

// g%[1]d uses a pool it is given.
func g%[1]d(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, "delete from t where id = $1", %[1]d)
	return err
}
`
	const unitLines, perFile = 23, 40
	var src strings.Builder
	for i, file := 0, 0; i*unitLines < lines; i++ {
		if i%perFile == 0 {
			if src.Len() > 0 {
				writeFile(b, filepath.Join(dir, fmt.Sprintf("f%03d.go", file)), src.String())
				src.Reset()
				file++
			}
			src.WriteString(header)
		}
		fmt.Fprintf(&src, unit, i)
		if (i+1)*unitLines >= lines {
			writeFile(b, filepath.Join(dir, fmt.Sprintf("f%03d.go", file)), src.String())
		}
	}
	return load(b, &packages.Config{
		Dir: gopath,
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "GOWORK=off"),
	}, "example.com/synth")
}

func writeFile(b *testing.B, name, content string) {
	b.Helper()
	if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
		b.Fatal(err)
	}
}

// load loads patterns with syntax and types and drops the generated test
// mains; any error fails the benchmark.
func load(b *testing.B, cfg *packages.Config, patterns ...string) []*packages.Package {
	b.Helper()
	cfg.Mode = packages.LoadSyntax
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		b.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		b.Fatalf("%d errors loading %v", n, patterns)
	}
	var out []*packages.Package
	for _, p := range pkgs {
		if !strings.HasSuffix(p.ID, ".test") {
			out = append(out, p)
		}
	}
	return out
}

// BenchmarkFixEngine measures what -shared costs: the fix engine plans the
// rewrites of every file, applies them in memory, re-parses the file and
// type-checks the package with it (the proof). The input is a package of
// 50 functions in 5 files, each opening its own pool with the environment's
// DSN, checking the error, closing the pool and pinging it: 50 fixable
// findings, every one of which gets its fix. unfixable-50 is the same
// package with the DSN a parameter: 50 findings, no fix, so the engine
// stops before planning.
//
// Sub-benchmarks: the analyzer without -shared (findings only), with
// -shared, and the ratio of the two (x-no-shared, reported by the -shared
// run); floor-% as in BenchmarkPass, the CPU time of the pass as a
// percentage of type-checking the package and building its inspector.
//
//	go test -run='^$' -bench=FixEngine -benchmem ./analyzer/
func BenchmarkFixEngine(b *testing.B) {
	const funcs, files = 50, 5
	for _, fixable := range []bool{true, false} {
		name := "fixable-50"
		if !fixable {
			name = "unfixable-50"
		}
		b.Run(name, func(b *testing.B) {
			pkgs := loadFixBench(b, funcs, files, fixable)
			floor, lines := measureFloor(b, pkgs)
			var noShared time.Duration
			for _, shared := range []bool{false, true} {
				cfg := analyzer.Config{Allow: []string{"example.com/app/db"}}
				sub := "no-shared"
				if shared {
					cfg.Shared = []string{"example.com/app/db.Pool"}
					sub = "shared"
				}
				a, err := analyzer.NewAnalyzer(cfg)
				if err != nil {
					b.Fatal(err)
				}
				b.Run(sub, func(b *testing.B) {
					var findings, fixes int
					passes, _ := preparePasses(pkgs, a)
					for _, p := range passes {
						p.Report = func(d analysis.Diagnostic) {
							findings++
							if len(d.SuggestedFixes) > 0 {
								fixes++
							}
						}
					}
					b.ReportAllocs()
					start, n := cpuTime(), 0
					for b.Loop() {
						for _, p := range passes {
							if _, err := a.Run(p); err != nil {
								b.Fatal(err)
							}
						}
						n++
					}
					per := (cpuTime() - start) / time.Duration(n)
					wantFixes := 0
					if shared && fixable {
						wantFixes = funcs
					}
					if findings != funcs*n || fixes != wantFixes*n {
						b.Fatalf("%d findings and %d fixes in %d runs, want %d and %d per run", findings, fixes, n, funcs, wantFixes)
					}
					b.ReportMetric(float64(per), "cpu-ns/op")
					b.ReportMetric(100*float64(per)/float64(floor), "floor-%")
					b.ReportMetric(float64(lines), "lines")
					if !shared {
						noShared = per
					} else if noShared > 0 {
						b.ReportMetric(float64(per)/float64(noShared), "x-no-shared")
					}
				})
			}
		})
	}
}

// loadFixBench writes and loads example.com/app/db, which holds the shared
// pool, and example.com/app/handlers: funcs functions in files files that
// each open a pool of their own (with the environment's DSN if fixable,
// else with a parameter), and a file that imports db so that the fixes may
// use it.
func loadFixBench(b *testing.B, funcs, files int, fixable bool) []*packages.Package {
	b.Helper()
	gopath := b.TempDir()
	app := filepath.Join(gopath, "src", "example.com", "app")
	for _, dir := range []string{"db", "handlers"} {
		if err := os.MkdirAll(filepath.Join(app, dir), 0o777); err != nil {
			b.Fatal(err)
		}
	}
	writeFile(b, filepath.Join(app, "db", "db.go"), `package db

import (
	"database/sql"
	"os"
)

var Pool, _ = sql.Open("postgres", os.Getenv("DATABASE_URL"))

func init() { Pool.SetMaxOpenConns(20) }
`)
	writeFile(b, filepath.Join(app, "handlers", "shared.go"), "package handlers\n\nimport \"example.com/app/db\"\n\nvar _ = db.Pool\n")
	dsn, param := `os.Getenv("DATABASE_URL")`, ""
	if !fixable {
		dsn, param = "dsn", ", dsn string"
	}
	const unit = `
// Count%[1]d opens a pool per call.
func Count%[1]d(ctx context.Context%[2]s) (int, error) {
	conn, err := sql.Open("postgres", %[3]s)
	if err != nil {
		return 0, fmt.Errorf("count %[1]d: %%w", err)
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRowContext(ctx, "select count(*) from t%[1]d").Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}
`
	for f := range files {
		var src strings.Builder
		src.WriteString("package handlers\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n\t\"fmt\"\n")
		if fixable {
			src.WriteString("\t\"os\"\n")
		}
		src.WriteString(")\n")
		for i := f * funcs / files; i < (f+1)*funcs/files; i++ {
			fmt.Fprintf(&src, unit, i, param, dsn)
		}
		writeFile(b, filepath.Join(app, "handlers", fmt.Sprintf("h%d.go", f)), src.String())
	}
	return load(b, &packages.Config{
		Dir: gopath,
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "GOWORK=off"),
	}, "example.com/app/handlers")
}
