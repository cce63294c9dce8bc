package main

import "testing"

func TestCountPackages(t *testing.T) {
	for _, tc := range []struct {
		out  string
		want int
	}{
		{"", 0},
		{"example.com/m\n", 1},
		{"go: downloading filippo.io/edwards25519 v1.2.0\nexample.com/m\nexample.com/m/sub\n", 2},
		{"example.com/m\n\n", 1},
	} {
		if got := countPackages(tc.out); got != tc.want {
			t.Errorf("countPackages(%q) = %d, want %d", tc.out, got, tc.want)
		}
	}
}
