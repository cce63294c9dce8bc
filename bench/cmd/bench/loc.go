package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// loc is the size of a module as the driver sees it.
type loc struct {
	roots    int // lines of the module's own packages and their tests: parsed and type-checked from source
	rootPkgs int
	deps     int // lines of every dependency, std included: compiled once into export data (the build cache)
	depPkgs  int
}

// countLines counts the lines of the Go files that the build uses
// (GoFiles and CgoFiles, plus test files for the module's packages).
func countLines(dir string) loc {
	cmd := exec.Command("go", "list", "-e", "-deps", "-test",
		"-json=ImportPath,Dir,GoFiles,CgoFiles,TestGoFiles,XTestGoFiles,ForTest,Module", "./...")
	cmd.Dir = dir
	cmd.Env = env()
	out, err := cmd.Output()
	if err != nil {
		log.Fatalf("go list in %s: %v", dir, err)
	}
	var l loc
	seen := map[string]bool{}
	count := func(dir string, files []string) int {
		n := 0
		for _, f := range files {
			p := filepath.Join(dir, f)
			if seen[p] || !strings.HasSuffix(p, ".go") {
				continue
			}
			seen[p] = true
			data, err := os.ReadFile(p)
			if err != nil {
				continue // generated test main in the build cache
			}
			n += bytes.Count(data, []byte("\n"))
		}
		return n
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath, Dir, ForTest                     string
			GoFiles, CgoFiles, TestGoFiles, XTestGoFiles []string
			Module                                       *struct{ Main bool }
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			log.Fatal(err)
		}
		if p.ForTest != "" || strings.HasSuffix(p.ImportPath, ".test") {
			continue // a test variant: same files as its package
		}
		files := append(p.GoFiles, p.CgoFiles...)
		if p.Module != nil && p.Module.Main {
			l.roots += count(p.Dir, append(files, append(p.TestGoFiles, p.XTestGoFiles...)...))
			l.rootPkgs++
		} else {
			l.deps += count(p.Dir, files)
			l.depPkgs++
		}
	}
	return l
}

// forbidigoPatterns turns "poolcheck -catalog" into forbidigo patterns,
// one per package: {"p": "^[^.]+\.(Open|OpenDB)$", "pkg": "^database/sql$"}.
// With -analyze_types forbidigo matches "<package name>.<Func>",
// "<package name>.<Type>.<Method>" for method values and calls, and
// "<package name>.<Type>" for the type of a literal.
func forbidigoPatterns(catalog string) []string {
	byPkg := map[string][]string{}
	for _, line := range strings.Split(catalog, "\n") {
		if !strings.HasPrefix(line, "  ") {
			continue
		}
		name := strings.Fields(line)[0]
		var pkg, alt string
		if strings.HasPrefix(name, "(") { // (*pkg.T).M or (pkg.T).M
			recv, method, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(name, "("), "*"), ").")
			i := strings.LastIndex(recv, ".")
			pkg, alt = recv[:i], regexp.QuoteMeta(recv[i+1:])+`\.`+method
		} else {
			name = strings.TrimSuffix(name, "{}")
			i := strings.LastIndex(name, ".")
			pkg, alt = name[:i], regexp.QuoteMeta(name[i+1:])
		}
		byPkg[pkg] = append(byPkg[pkg], alt)
	}
	var pkgs []string
	for p := range byPkg {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	var patterns []string
	for _, p := range pkgs {
		js, _ := json.Marshal(map[string]string{
			"p":   `^[^.]+\.(` + strings.Join(byPkg[p], "|") + `)$`,
			"pkg": "^" + regexp.QuoteMeta(p) + "$",
		})
		patterns = append(patterns, string(js))
	}
	return patterns
}
