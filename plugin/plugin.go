// Package plugin makes poolcheck a golangci-lint v2 module plugin.
//
// golangci-lint cannot load it at run time: build a golangci-lint binary that
// imports this package (scripts/build-golangci.sh, or `golangci-lint custom`
// with .custom-gcl.yml) and enable the linter in .golangci.yml:
//
//	linters:
//	  default: none
//	  enable: [poolcheck]
//	  settings:
//	    custom:
//	      poolcheck:
//	        type: module
//	        settings:
//	          allow: ["example.com/app/db"]
package plugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/poolcheck/poolcheck/analyzer"
)

// Name is the linter name in .golangci.yml, in //nolint:poolcheck and in the
// "poolcheck" column of golangci-lint's output.
const Name = "poolcheck"

// settingsPath is where the settings live in .golangci.yml; errors name it
// because golangci-lint prints them after a bare "newPlugin".
const settingsPath = "linters.settings.custom." + Name + ".settings"

func init() { register.Plugin(Name, New) }

// Settings are the keys of linters.settings.custom.poolcheck.settings. They
// mirror the command-line flags of cmd/poolcheck (analyzer.Flag*), so a
// setting means the same everywhere.
//
// Settings must keep the same fields, in the same order, as analyzer.Config:
// New converts one into the other, so a Config field without its Settings
// line (or the reverse) is a compile error, and adding one is a one-line
// change here.
type Settings struct {
	Allow        []string `json:"allow"`
	AllowTests   bool     `json:"allow-tests"`
	Constructors []string `json:"constructors"`
	Shared       []string `json:"shared"`
	MaxConns     int      `json:"max-conns"`
	Wrappers     bool     `json:"wrappers"`
	Baseline     string   `json:"baseline"`
}

// New is the plugin constructor golangci-lint calls with the raw settings.
// Unknown keys are an error (register.DecodeSettings decodes with
// DisallowUnknownFields), so a misspelt "allow_tests" fails the run instead
// of being silently ignored. The configuration is validated here, once, so a
// bad pattern is reported as a configuration error before any package loads.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("bad %s: %w", settingsPath, err)
	}
	cfg := analyzer.Config(s)
	if _, err := analyzer.NewAnalyzer(cfg); err != nil {
		return nil, fmt.Errorf("bad %s: %w", settingsPath, err)
	}
	return &plugin{cfg: cfg}, nil
}

type plugin struct{ cfg analyzer.Config }

// BuildAnalyzers returns a new analyzer on every call rather than a shared
// one: an *analysis.Analyzer carries its configuration, so two plugin
// instances (or a caller that builds twice) must not share or mutate one.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a, err := analyzer.NewAnalyzer(p.cfg)
	if err != nil {
		return nil, err
	}
	return []*analysis.Analyzer{a}, nil
}

// GetLoadMode asks for type information: constructors are recognised by
// their types.Func (sql.Open through any import alias, methods by receiver
// type), which syntax alone cannot tell.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
