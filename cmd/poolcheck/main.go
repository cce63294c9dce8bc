// Command poolcheck reports database and cache clients constructed outside
// the sanctioned packages.
//
//	poolcheck -allow=example.com/app/db ./...
//	go vet -vettool=$(command -v poolcheck) -allow=example.com/app/db ./...
//	poolcheck -sarif -allow=example.com/app/db ./... > poolcheck.sarif
//	poolcheck -inventory ./...
//	poolcheck -write-baseline poolcheck.baseline -allow=example.com/app/db ./...
//	poolcheck -catalog
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/poolcheck/poolcheck/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	// -catalog prints the built-in catalog and needs no packages, so it is
	// handled before singlechecker, which insists on package arguments. It is
	// registered on the command line only so that -h lists it.
	flag.Bool("catalog", false, "print the built-in catalog of constructors, grouped by library, and exit")
	for _, arg := range os.Args[1:] {
		if arg == "--" || len(arg) == 0 || arg[0] != '-' {
			break
		}
		if arg == "-catalog" || arg == "--catalog" || arg == "-catalog=true" || arg == "--catalog=true" {
			if err := analyzer.WriteCatalog(os.Stdout); err != nil {
				os.Exit(1)
			}
			os.Exit(0)
		}
	}
	// go vet runs the tool once per package, dependencies included, with a
	// vet.cfg file as the only argument.
	vet := len(os.Args) > 1 && strings.HasSuffix(os.Args[len(os.Args)-1], ".cfg")
	// -sarif is another output of the same analysis (sarif.go), registered
	// here for -h like -catalog.
	flag.Bool(sarifFlag, false, sarifUsage)
	// -write-baseline and -inventory too (baseline.go, inventory.go).
	flag.String(writeBaselineFlag, "", writeBaselineUsage)
	flag.Bool(inventoryFlag, false, inventoryUsage)
	registerBudgetFlags(flag.CommandLine) // -budget and its flags (budget.go)
	for _, m := range []struct {
		name     string
		hasValue bool
		run      func([]string) int
	}{
		{sarifFlag, false, runSARIF},
		{writeBaselineFlag, true, runWriteBaseline},
		{inventoryFlag, false, runInventory},
		{budgetFlag, false, runBudget},
	} {
		if modeRequested(os.Args[1:], m.name, m.hasValue) {
			if vet {
				fmt.Fprintf(os.Stderr, "poolcheck: -%s does not work under go vet: run poolcheck -%s ./... instead\n", m.name, m.name)
				os.Exit(1)
			}
			os.Exit(m.run(os.Args[1:]))
		}
	}
	// Under go vet a bad flag value would print the whole usage text for
	// every package: there the error line is enough.
	if vet {
		flag.CommandLine.Usage = func() {}
	}
	singlechecker.Main(analyzer.Analyzer)
}
