// Command noop runs the internal/noop analyzer with the standard driver, the
// same one cmd/poolcheck uses (it also serves as a go vet -vettool).
package main

import (
	"github.com/poolcheck/poolcheck/internal/noop"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(noop.Analyzer) }
