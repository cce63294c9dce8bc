package main_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/poolcheck/poolcheck/plugin"
)

// badConfig is one malformed value per analyzer flag, and what every host
// says about it: the flag's own check (analyzer/config.go) for a value of
// the right type, the flag package or the settings decoder for a value of
// the wrong type.
type badConfig struct {
	flag, value string
	setting     any    // the same value in golangci-lint settings (YAML decoded)
	want        string // in the flag error of poolcheck and go vet
	wantPlugin  string // in the error of plugin.New
}

func badConfigs(missing string) []badConfig {
	return []badConfig{
		{"allow", "./db", []any{"./db"}, `malformed -allow pattern "./db"`, `malformed -allow pattern "./db"`},
		{"allow-tests", "maybe", "maybe", `invalid boolean value "maybe" for -allow-tests`, `allow-tests`},
		{"constructors", "Connect", []any{"Connect"}, `malformed constructor "Connect"`, `malformed constructor "Connect"`},
		{"shared", "(*example.com/x.T).M", []any{"(*example.com/x.T).M"}, `malformed -shared accessor "(*example.com/x.T).M"`, `malformed -shared accessor "(*example.com/x.T).M"`},
		{"max-conns", "-1", -1, `invalid value "-1" for flag -max-conns: -max-conns must not be negative, got -1`, `-max-conns must not be negative, got -1`},
		{"max-conns", "ten", "ten", `invalid value "ten" for flag -max-conns: parse error`, `max-conns`},
		{"baseline", missing, missing, "no such file or directory (write it with poolcheck -write-baseline " + missing, "no such file or directory (write it with poolcheck -write-baseline " + missing},
		{"wrappers", "maybe", "maybe", `invalid boolean value "maybe" for -wrappers`, `wrappers`},
	}
}

// TestConfigErrors: a malformed value of every analyzer flag stops every
// host before any package is analysed, with the same message: the
// standalone command and its modes (exit 2, the message once, even with a
// package that does not type-check), go vet -vettool (without the usage
// text), and the golangci-lint plugin's settings (plugin.New fails).
func TestConfigErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, content := range vetFixture {
		write(t, dir, name, content)
	}
	broken := t.TempDir()
	write(t, broken, "go.mod", "module example.com/broken\n\ngo 1.26\n")
	write(t, broken, "broken.go", "package broken\n\nimport \"database/sql\"\n\nvar db, _ = sql.Open(1)\n")
	missing := filepath.Join(t.TempDir(), "missing.baseline")

	for i, tc := range badConfigs(missing) {
		arg := "-" + tc.flag + "=" + tc.value
		t.Run(tc.flag+"="+tc.value, func(t *testing.T) {
			// Standalone, and each standalone mode, on a module with a type
			// error: the configuration error comes first and alone.
			for _, mode := range [][]string{nil, {"-sarif"}, {"-inventory"}, {"-write-baseline=out.baseline"}} {
				args := append(append(mode, arg), "./...")
				_, stderr, code := run(t, broken, args...)
				if code != 2 || strings.Count(stderr, tc.want) != 1 || strings.Contains(stderr, "broken.go") {
					t.Errorf("poolcheck %s: exit %d, stderr:\n%.1500s\nwant exit 2, %q once and no package analysed", strings.Join(args, " "), code, stderr, tc.want)
				}
			}
			// go vet runs poolcheck per package: every run stops at its
			// flags, with the message and without the usage text. Under
			// -short only for the first flag (each go vet run costs about
			// two seconds of CPU); go test ./... checks every flag.
			if !testing.Short() || i == 0 {
				findings, other, code := goVet(t, dir, arg, "./...")
				if code == 0 || len(findings) != 0 || !strings.Contains(other, tc.want) || strings.Contains(other, "Usage:") {
					t.Errorf("go vet -vettool=poolcheck %s: exit %d, findings %v, output:\n%.1500s\nwant a failure with %q and no usage text", arg, code, findings, other, tc.want)
				}
			}
			// The golangci-lint plugin: New refuses the settings.
			if _, err := plugin.New(map[string]any{tc.flag: tc.setting}); err == nil || !strings.Contains(err.Error(), tc.wantPlugin) {
				t.Errorf("plugin.New(%s: %v): error %v, want one containing %q", tc.flag, tc.setting, err, tc.wantPlugin)
			}
		})
	}
}
