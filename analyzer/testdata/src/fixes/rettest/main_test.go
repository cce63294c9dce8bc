package rettest

import (
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	code := m.Run()
	cache.Close()
	os.Exit(code)
}
