package analyzer_test

import (
	"os"
	"testing"
)

// TestMain removes what tests keep for the whole test binary.
func TestMain(m *testing.M) {
	code := m.Run()
	if baselineV1.dir != "" {
		os.RemoveAll(baselineV1.dir)
	}
	os.Exit(code)
}
