package screen_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/words"
)

// TestPhoneHoverWhole: on a phone a tap names what lies under the finger
// at the top, and the name stays until the next tap: a long one ("Left
// medullary pyramid, and basis pontis at and below the facial nucleus")
// takes a second line, whole, rather than ending in "…", and still
// overlaps nothing, in explore and lesion mode.
func TestPhoneHoverWhole(t *testing.T) {
	const name = "Left medullary pyramid, and basis pontis at and below the facial nucleus: right arm and leg"
	for _, d := range []device{devices[3], {"390x844@3", 390, 844, 3, words.Touch}, {"360x740@2", 360, 740, 2, words.Touch}} {
		for _, lesionMode := range []bool{false, true} {
			s := newSession(t)
			if lesionMode {
				s.do(t, act(explorer.EnterLesion))
			}
			s.hover = name
			s.draw(d)
			if *walkDir != "" {
				s.writeFrame(t, "hover_"+d.name+map[bool]string{false: "", true: "_lesion"}[lesionMode]+".png")
			}
			var got []string
			for _, tx := range s.dl.Texts {
				if strings.HasSuffix(tx.S, "…") {
					t.Errorf("%s (lesion mode %v): %q is cut short", d.name, lesionMode, tx.S)
				}
				if strings.Contains(name, tx.S) {
					got = append(got, tx.S)
				}
			}
			if strings.Join(got, " ") != name {
				t.Errorf("%s (lesion mode %v): the hover name reads %q, want %q", d.name, lesionMode, strings.Join(got, " "), name)
			}
			if faults := checkLayout(&s.dl, d); len(faults) > 0 {
				t.Errorf("%s (lesion mode %v): %s", d.name, lesionMode, strings.Join(faults, "; "))
			}
		}
	}
}
