// Command noop runs the bench/noop analyzer with the standard driver, the
// same one cmd/poolcheck uses (it also serves as a go vet -vettool).
package main

import (
	"github.com/poolcheck/poolcheck/bench/noop"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(noop.Analyzer) }
