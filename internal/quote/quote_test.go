package quote

import (
	"strings"
	"testing"
)

func TestShort(t *testing.T) {
	long := strings.Repeat("a", 131000)
	tests := []struct {
		in, want string
	}{
		{"", `""`},
		{"pyramid:L", `"pyramid:L"`},
		{"bad\nid", `"bad\nid"`},
		{"\x1b[2J", `"\x1b[2J"`},
		{strings.Repeat("x", MaxRunes), `"` + strings.Repeat("x", MaxRunes) + `"`},
		{long, `"` + long[:MaxRunes] + `"… (131000 bytes)`},
		// The cut falls between runes, never inside one.
		{strings.Repeat("é", 100), `"` + strings.Repeat("é", MaxRunes) + `"… (200 bytes)`},
	}
	for _, tt := range tests {
		got := Short(tt.in)
		if got != tt.want {
			t.Errorf("Short(%.60q…) = %.80q, want %.80q", tt.in, got, tt.want)
		}
	}
}

// TestShortBounded checks the promise of the doc comment on the worst
// inputs: every rune escaped, invalid UTF-8, control characters.
func TestShortBounded(t *testing.T) {
	for _, in := range []string{
		strings.Repeat("\x00", 10000),
		strings.Repeat("\xff", 10000),
		strings.Repeat("\U0010FFFF", 10000),
		strings.Repeat("\n", 10000),
	} {
		got := Short(in)
		if len(got) > 10*MaxRunes+30 {
			t.Errorf("Short of %d bytes is %d bytes long", len(in), len(got))
		}
		if strings.ContainsAny(got, "\n\r\x00") {
			t.Errorf("Short(...) = %q holds a control character", got)
		}
	}
}
