// Command poolcheck reports database and cache clients constructed outside
// the sanctioned packages.
//
//	poolcheck -allow=example.com/app/db ./...
//	go vet -vettool=$(command -v poolcheck) -allow=example.com/app/db ./...
//	poolcheck -catalog
package main

import (
	"flag"
	"os"

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
	singlechecker.Main(analyzer.Analyzer)
}
