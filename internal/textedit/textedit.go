// Package textedit merges and applies text edits in byte offsets the way
// go/analysis drivers do, for the tests that apply poolcheck's fixes
// outside a driver (the fuzzer, the fix builds).
package textedit

import "slices"

// Edit replaces src[Start:End] with New, like the drivers' diff.Edit.
type Edit struct {
	Start, End int
	New        string
}

// Merge is the three-way merge of go/analysis drivers
// (x/tools/internal/diff.Merge, which checker.ApplyFixes uses fix by fix)
// of two sorted, non-overlapping lists: identical edits coalesce,
// different insertions at one point are both kept, any other overlap is a
// conflict (ok false).
func Merge(x, y []Edit) (merged []Edit, ok bool) {
	x, y = slices.Clone(x), slices.Clone(y)
	var xi, yi int
	for xi < len(x) && yi < len(y) {
		px, py := &x[xi], &y[yi]
		switch {
		case *px == *py:
			merged = append(merged, *px)
			xi++
			yi++
		case px.End <= py.Start:
			merged = append(merged, *px)
			xi++
		case py.End <= px.Start:
			merged = append(merged, *py)
			yi++
		case px.Start < py.Start:
			merged = append(merged, Edit{px.Start, py.Start, ""})
			px.Start = py.Start
		case py.Start < px.Start:
			merged = append(merged, Edit{py.Start, px.Start, ""})
			py.Start = px.Start
		default:
			return nil, false
		}
	}
	merged = append(merged, x[xi:]...)
	return append(merged, y[yi:]...), true
}

// Apply applies sorted, non-overlapping edits to src.
func Apply(src []byte, edits []Edit) []byte {
	var out []byte
	last := 0
	for _, e := range edits {
		out = append(out, src[last:e.Start]...)
		out = append(out, e.New...)
		last = e.End
	}
	return append(out, src[last:]...)
}
