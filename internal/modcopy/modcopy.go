// Package modcopy downloads public modules through the Go module proxy
// into writable copies, where the benchmark, the sweep and the real-world
// tests run analyzers.
package modcopy

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// ForTest returns a writable copy of modVersion for t, in a directory
// removed after the test. Under go test -short it skips t instead: every
// test that downloads a module comes through here, so that -short is a
// fast inner loop without network.
func ForTest(t testing.TB, modVersion string) string {
	t.Helper()
	if testing.Short() {
		t.Skipf("downloads %s from the module proxy; run without -short", modVersion)
	}
	dir, err := Dir(t.TempDir(), modVersion)
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// Dir downloads modVersion ("path@version") with "go mod download" and
// copies it under work, once: a later call returns the existing copy. The
// copy is writable, so that the go command may complete its go.sum.
func Dir(work, modVersion string) (string, error) {
	dir := filepath.Join(work, "mod", strings.NewReplacer("/", "_", "@", "_").Replace(modVersion))
	stamp := filepath.Join(dir, ".poolcheck-copy")
	if _, err := os.Stat(stamp); err == nil {
		return dir, nil
	}
	cmd := exec.Command("go", "mod", "download", "-json", modVersion)
	cmd.Env = Env()
	out, err := cmd.Output()
	var info struct{ Dir, GoMod, Error string }
	if jerr := json.Unmarshal(out, &info); jerr != nil || info.Dir == "" {
		if info.Error != "" {
			return "", fmt.Errorf("go mod download %s: %s", modVersion, info.Error)
		}
		return "", fmt.Errorf("go mod download %s: %v", modVersion, err)
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	if err := os.CopyFS(dir, os.DirFS(info.Dir)); err != nil {
		return "", err
	}
	// A module that predates modules has no go.mod in its zip: use the
	// one that the proxy synthesised ("module path" alone).
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); os.IsNotExist(err) && info.GoMod != "" {
		data, err := os.ReadFile(info.GoMod)
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, "go.mod"), data, 0o666); err != nil {
			return "", err
		}
	}
	if err := dropLocalReplaces(dir); err != nil {
		return "", err
	}
	return dir, os.WriteFile(stamp, nil, 0o666)
}

// dropLocalReplaces removes the replace directives of go.mod that point to
// directories missing from the module's zip (a monorepo's sibling modules,
// "../api"). The go command ignores a dependency's replace directives, so
// the copy then builds as it does for the module's users.
func dropLocalReplaces(dir string) error {
	cmd := exec.Command("go", "mod", "edit", "-json")
	cmd.Dir, cmd.Env = dir, Env()
	out, err := cmd.Output()
	if err != nil {
		return nil // no go.mod to edit: the go command will say so
	}
	var mod struct {
		Replace []struct {
			Old, New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal(out, &mod); err != nil {
		return err
	}
	args := []string{"mod", "edit"}
	for _, r := range mod.Replace {
		local := strings.HasPrefix(r.New.Path, "./") || strings.HasPrefix(r.New.Path, "../")
		if _, err := os.Stat(filepath.Join(dir, r.New.Path)); local && err != nil {
			old := r.Old.Path
			if r.Old.Version != "" {
				old += "@" + r.Old.Version
			}
			args = append(args, "-dropreplace="+old)
		}
	}
	if len(args) == 2 {
		return nil
	}
	cmd = exec.Command("go", args...)
	cmd.Dir, cmd.Env = dir, Env()
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go mod edit in %s: %v\n%s", dir, err, msg)
	}
	return nil
}

// Env is the environment for commands run in a copy: the copy is its own
// main module (-mod=mod, no go.work) whatever the caller's settings, on the
// local toolchain.
func Env(extra ...string) []string {
	return append(os.Environ(), append([]string{
		"GOFLAGS=" + strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"),
		"GOWORK=off",
		"GOTOOLCHAIN=local",
	}, extra...)...)
}
