//go:build !js

package browsertest

import (
	"image"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/decussate/decussate/internal/browser"
)

// TestHoverWalk is a student on a 1440×900 laptop at device pixel ratio 2:
// in lesion mode they hover the model in the first view and click where
// the hover names the hand area; the hover names places as a teacher
// does, never a mesh's "(left)" name, and the report speaks of the hand
// (its heading is the hover's words: scene/explorer's
// TestHoverNamesWhatALesionThereDestroys). It runs only when
// DECUSSATE_WALK is set (about three minutes).
func TestHoverWalk(t *testing.T) {
	if os.Getenv("DECUSSATE_WALK") == "" {
		t.Skip("set DECUSSATE_WALK=1 to walk the hover in the browser")
	}
	const w, h = 1440, 900
	tab := openDevice(t, w, h, 2, false)
	read := func(expr string) string { return evalString(t, tab, expr) }
	hoverGrid := func(mode string) map[string]image.Point {
		named := map[string]image.Point{}
		// The brain and brainstem in the first view: the middle of the
		// screen's upper two thirds.
		for _, p := range grid(w*3/10, h*6/10, 6, 5) {
			p = p.Add(image.Pt(w*3/10, h/20))
			name := pickAt(t, tab, p)
			if name == "" {
				continue
			}
			if _, ok := named[name]; !ok {
				named[name] = p
			}
			if strings.HasSuffix(name, "(left)") || strings.HasSuffix(name, "(right)") || strings.Contains(name, ".") {
				t.Errorf("%s: hovering %v names %q, a mesh's name, not a place", mode, p, name)
			}
		}
		names := make([]string, 0, len(named))
		for n := range named {
			names = append(names, n)
		}
		sort.Strings(names)
		t.Logf("%s: hovering names %d places: %s", mode, len(names), strings.Join(names, " | "))
		return named
	}
	// Explore mode's names are tested headless (scene/explorer's
	// TestHoverNamesWhatALesionThereDestroys); a software-rendered page
	// at ratio 2 takes seconds a point, and the page has four minutes.
	if err := browser.Drag(tab, image.Pt(8, 8), image.Pt(8, 8), 1, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if err := browser.Press(tab, "e", "KeyE", 69, 250*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if _, err := browser.WaitNewFrames(tab, 12, time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := browser.Press(tab, "r", "KeyR", 82, 100*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if _, err := browser.WaitNewFrames(tab, 12, time.Minute); err != nil {
		t.Fatal(err)
	}
	named := hoverGrid("lesion")
	var hand image.Point
	handName := ""
	for n, p := range named {
		if strings.Contains(n, "hand area") {
			hand, handName = p, n
		}
	}
	if handName == "" {
		t.Fatal("no point of the first view's grid is named the hand area in lesion mode")
	}
	if got := pickAt(t, tab, hand); got != handName {
		t.Fatalf("hovering %v again names %q, first %q", hand, got, handName)
	}
	if err := browser.Drag(tab, hand, hand, 1, 80*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if _, err := browser.WaitNewFrames(tab, 12, time.Minute); err != nil {
		t.Fatal(err)
	}
	summary := read(`(window.decussate && window.decussate.caption) || ""`)
	t.Logf("clicked %v, hovered as %q: %q", hand, handName, summary)
	if !strings.Contains(summary, "hand") {
		t.Errorf("a lesion clicked where the hover said %q: %q, want the report to speak of the hand", handName, summary)
	}
	shot, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, "hover-walk-lesion-hand", shot)
}
