package words

import (
	"strings"
	"testing"
)

// TestLesionLimit: the note on the seventeenth lesion tells how to make
// room as the device does it: keys on a keyboard, buttons by touch.
func TestLesionLimit(t *testing.T) {
	for _, c := range []struct {
		d         Device
		want, not []string
	}{
		{Keyboard, []string{"At most 16", "Delete", "Z undoes"}, []string{"Remove"}},
		{Touch, []string{"At most 16", "Remove", "Undo"}, []string{"Delete", "Z "}},
	} {
		got := LesionLimit(c.d, 16)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("device %d: %q does not say %q", c.d, got, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(got, w) {
				t.Errorf("device %d: %q says %q", c.d, got, w)
			}
		}
	}
}
