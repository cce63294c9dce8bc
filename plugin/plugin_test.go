package plugin_test

import (
	"flag"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/poolcheck/poolcheck/analyzer"
	"github.com/poolcheck/poolcheck/plugin"
)

// settings builds the value golangci-lint passes to New: YAML decoded by
// viper, so lists are []any.
func settings(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("poolcheck")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newPlugin(nil); err != nil {
		t.Fatal(err)
	}
}

func TestNewGoodSettings(t *testing.T) {
	for name, s := range map[string]any{
		"nil":   nil,
		"empty": settings(),
		"all": settings(
			"allow", []any{"example.com/app/db", "example.com/app/cache/..."},
			"allow-tests", true,
			"constructors", []any{"example.com/x.Connect", "(*example.com/x.Config).Dial"},
			"shared", []any{"example.com/app/db.Pool"},
			"max-conns", 20,
		),
	} {
		t.Run(name, func(t *testing.T) {
			p, err := plugin.New(s)
			if err != nil {
				t.Fatalf("New(%v): %v", s, err)
			}
			if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
				t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
			}
			a1, err := p.BuildAnalyzers()
			if err != nil {
				t.Fatal(err)
			}
			a2, err := p.BuildAnalyzers()
			if err != nil {
				t.Fatal(err)
			}
			if len(a1) != 1 || len(a2) != 1 || a1[0].Name != "poolcheck" {
				t.Fatalf("BuildAnalyzers() = %v, %v; want one poolcheck analyzer each", a1, a2)
			}
			if a1[0] == a2[0] {
				t.Error("BuildAnalyzers returned the same analyzer twice; want a fresh one per call")
			}
			if a1[0] == analyzer.Analyzer {
				t.Error("BuildAnalyzers returned the flag-configured analyzer.Analyzer")
			}
		})
	}
}

func TestNewErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{"unknown key", settings("allow_tests", true), []string{`unknown field "allow_tests"`}},
		{"misspelt key", settings("allow", []any{"a/b"}, "constructor", []any{"a/b.C"}), []string{`unknown field "constructor"`}},
		{"string for list", settings("allow", "example.com/app/db"), []string{"allow", "[]string"}},
		{"string for bool", settings("allow-tests", "yes"), []string{"allow-tests", "bool"}},
		{"not a map", []any{"allow"}, []string{"decoding settings"}},
		{"string for int", settings("max-conns", "ten"), []string{"max-conns", "int"}},
		{"fraction for int", settings("max-conns", 2.5), []string{"max-conns", "int"}},
		{"negative max-conns", settings("max-conns", -1), []string{"max-conns", "-1"}},
		{"bad pattern", settings("allow", []any{"./db"}), []string{`"./db"`}},
		{"bad pattern wildcard", settings("allow", []any{"example.com/*"}), []string{`"example.com/*"`}},
		{"bad constructor", settings("constructors", []any{"Connect"}), []string{`malformed constructor "Connect"`}},
		{"bad shared", settings("shared", []any{"(*example.com/x.T).M"}), []string{`malformed -shared accessor "(*example.com/x.T).M"`}},
		{"missing baseline", settings("baseline", "/nonexistent/poolcheck.baseline"), []string{"-baseline /nonexistent/poolcheck.baseline: ", "no such file or directory"}},
		{"string for wrappers", settings("wrappers", "yes"), []string{"wrappers", "bool"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := plugin.New(tc.settings)
			if err == nil {
				t.Fatalf("New(%v) = %v, want an error", tc.settings, p)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("New(%v) error %q does not mention %s", tc.settings, err, w)
				}
			}
		})
	}
}

// TestSettingsMirrorFlags checks that every settings key is the kebab-case
// of its Config field and the name of the matching command-line flag, so
// that the plugin, cmd/poolcheck and go vet spell each option alike.
func TestSettingsMirrorFlags(t *testing.T) {
	var keys []string
	st := reflect.TypeFor[plugin.Settings]()
	for f := range st.Fields() {
		key := f.Tag.Get("json")
		if want := kebab(f.Name); key != want {
			t.Errorf("Settings.%s: key %q, want %q", f.Name, key, want)
		}
		keys = append(keys, key)
	}
	a, err := analyzer.NewAnalyzer(analyzer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var flags []string
	a.Flags.VisitAll(func(f *flag.Flag) { flags = append(flags, f.Name) })
	slices.Sort(keys)
	slices.Sort(flags)
	if !slices.Equal(keys, flags) {
		t.Errorf("settings keys %q, analyzer flags %q: want the same names", keys, flags)
	}
}

func kebab(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('-')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestSettingsReachAnalyzer runs the analyzer that the plugin builds from
// golangci-lint-shaped settings: db is sanctioned by allow, the test file
// is skipped by allow-tests.
func TestSettingsReachAnalyzer(t *testing.T) {
	p, err := plugin.New(settings(
		"allow", []any{"example.com/app/db"},
		"allow-tests", true,
	))
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), as[0], "example.com/app/db", "example.com/app/handlers")
}
