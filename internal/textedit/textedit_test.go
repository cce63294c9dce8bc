package textedit

import (
	"slices"
	"testing"
)

func TestMerge(t *testing.T) {
	src := []byte("0123456789abcdefghijklmnopqrstuvwxyz")
	fix := []Edit{{10, 10, "X"}, {10, 10, "Y"}, {20, 25, ""}}
	if merged, ok := Merge(fix, fix); !ok || !slices.Equal(merged, fix) {
		t.Errorf("merging a fix with itself: %v, %v; want the fix", merged, ok)
	}
	if _, ok := Merge([]Edit{{10, 15, "a"}}, []Edit{{12, 18, "b"}}); ok {
		t.Errorf("overlapping different edits merged")
	}
	if m, ok := Merge([]Edit{{10, 10, "a"}}, []Edit{{10, 12, ""}}); !ok || string(Apply(src, m)) != "0123456789a"+string(src[12:]) {
		t.Errorf("an insertion before a deletion at the same point: %v, %v", m, ok)
	}
	m, ok := Merge([]Edit{{1, 2, "b"}}, []Edit{{5, 6, "f"}})
	if got := string(Apply(src, m)); !ok || got != "0b234f6789"+string(src[10:]) {
		t.Errorf("disjoint edits: %q, %v", got, ok)
	}
}
