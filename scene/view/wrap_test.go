package view

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWrap: lines break at spaces, a word wider than the width is broken
// inside it, and past maxLines the last line ends in "…"; no line is ever
// wider than the width. Each character is 1 wide here.
func TestWrap(t *testing.T) {
	measure := func(s string) float32 { return float32(utf8.RuneCountInString(s)) }
	for _, tc := range []struct {
		s        string
		width    float32
		maxLines int
		want     []string
	}{
		{"a short note", 20, 3, []string{"a short note"}},
		{"twelve lesions name sites", 12, 3, []string{"twelve", "lesions name", "sites"}},
		{strings.Repeat("k", 25), 10, 5, []string{"kkkkkkkkkk", "kkkkkkkkkk", "kkkkk"}},
		{strings.Repeat("k", 1000), 10, 2, []string{"kkkkkkkkkk", "kkkkkkkkk…"}},
		{"one two three four five", 9, 2, []string{"one two", "three…"}},
		{"", 10, 3, nil},
		{"anything", 10, 0, nil},
	} {
		got := Wrap(tc.s, tc.width, tc.maxLines, measure)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Wrap(%.20q, %g, %d) = %q, want %q", tc.s, tc.width, tc.maxLines, got, tc.want)
		}
		for _, l := range got {
			if measure(l) > tc.width {
				t.Errorf("Wrap(%.20q): line %q is wider than %g", tc.s, l, tc.width)
			}
		}
	}
}
