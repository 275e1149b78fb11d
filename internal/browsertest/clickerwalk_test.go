//go:build !js

package browsertest

import (
	"context"
	"fmt"
	"image"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/decussate/decussate/internal/browser"
)

// pageCue matches a report's page cue as the page's boxes list it: its
// number ("2 / 4 →") or, on a last page, where → goes ("→ next step").
var pageCue = regexp.MustCompile(`^(\d+) / (\d+)|^→ `)

// reportCue returns the report's page cue among bs, "" for none.
func reportCue(bs []pageBox) string {
	report, ok := find(bs, "report")
	if !ok {
		return ""
	}
	for _, b := range bs {
		if b.ID == "text" && b.inside(report) && pageCue.MatchString(b.Text) {
			return b.Text
		}
	}
	return ""
}

// TestClickerWalk works the page as a teacher with a presentation clicker
// does, in presenter mode on a 1280×720 and a 1920×1080 projector: the
// first tour from its start to its end pressing only →, the screen
// blacked with B and brought back on the way, then lesion mode with three
// classic lesions, each report turned with → and Page Down. Every frame's
// boxes (window.decussate.boxes) are checked: nothing collides or leaves
// the page; the boxes list the report's page on screen, not the one
// before; → from a step's last page goes on to the next step and from the
// last step's ends the tour; from a lesion's last page it shows the first.
// It takes minutes (a page at each size, about thirty key presses), so it
// runs only when DECUSSATE_WALK is set, and keeps a screenshot of every
// frame; game's TestPageBoxesFollowTheReport checks the boxes always.
func TestClickerWalk(t *testing.T) {
	if !walkScreens() {
		t.Skip("set DECUSSATE_WALK=1 to walk a tour and lesion mode with a clicker in the browser")
	}
	for _, d := range []struct{ w, h int }{{1280, 720}, {1920, 1080}} {
		t.Run(fmt.Sprintf("%dx%d", d.w, d.h), func(t *testing.T) {
			tab, closeBrowser := openDeviceClosable(t, d.w, d.h, 1, false)
			defer closeBrowser()
			clickerWalk(t, tab, float64(d.w), float64(d.h), fmt.Sprintf("%dx%d", d.w, d.h))
		})
	}
}

// walkScreens reports whether a walk keeps its screenshots.
func walkScreens() bool { return os.Getenv("DECUSSATE_WALK") != "" }

// clickerWalk is TestClickerWalk on one page of w × h CSS pixels.
func clickerWalk(t *testing.T, tab context.Context, w, h float64, name string) {
	press := keyPresser(t, tab)
	mode := func() string { return evalString(t, tab, `window.decussate.mode`) }
	frame := 0
	look := func(what string) []pageBox {
		t.Helper()
		frame++
		bs := readBoxes(t, tab)
		if c := collisions(bs, w, h); len(c) > 0 {
			t.Errorf("%s: %d collisions:\n  %s", what, len(c), strings.Join(c, "\n  "))
		}
		if walkScreens() {
			if img, err := browser.Screenshot(tab); err == nil {
				saveScreenshot(t, fmt.Sprintf("clicker-%s-%03d", name, frame), img)
			}
		}
		return bs
	}
	if err := browser.Drag(tab, image.Pt(8, 8), image.Pt(8, 8), 1, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	press("p", "KeyP", 80)
	press("o", "KeyO", 79)
	if m := mode(); m != "tour" {
		t.Fatalf("O in presenter mode: mode %q, want tour", m)
	}
	blacked := false
	lastCue := ""
	for n := 0; mode() == "tour"; n++ {
		if n > 60 {
			t.Fatalf("60 presses of → did not end the tour")
		}
		caption := evalString(t, tab, `window.decussate.caption`)
		cue := reportCue(look(fmt.Sprintf("tour, press %d", n)))
		if cue != "" && cue == lastCue {
			t.Errorf("tour, press %d: the boxes list the cue %q again: the page before's, not the one drawn", n, cue)
		}
		lastCue = cue
		if cue != "" && !blacked {
			// B blacks the screen, as a teacher does to talk; any key
			// brings it back, changing nothing.
			blacked = true
			browser.Press(tab, "b", "KeyB", 66, 120*time.Millisecond)
			if s := evalString(t, tab, `window.decussate.status`); s != "black" {
				t.Errorf("B: status %q, want black", s)
			}
			if bs := readBoxes(t, tab); len(bs) != 0 {
				t.Errorf("the black screen lists %d boxes, want none", len(bs))
			}
			press("ArrowRight", "ArrowRight", 39)
			if again := reportCue(look("back from black")); again != cue {
				t.Errorf("back from the black screen: cue %q, was %q", again, cue)
			}
		}
		press("ArrowRight", "ArrowRight", 39)
		if cue == "" || !strings.HasPrefix(cue, "→ ") {
			continue
		}
		// → from a step's last page: the next step, or the tour's end.
		next := evalString(t, tab, `window.decussate.caption`)
		switch {
		case strings.Contains(cue, "end"):
			if m := mode(); m == "tour" {
				t.Errorf("→ on a page saying %q left the tour on", cue)
			}
		case next == caption:
			t.Errorf("→ on a page saying %q kept the step %q", cue, caption)
		}
	}
	if !blacked {
		t.Error("the tour showed no report to page")
	}
	press("e", "KeyE", 69)
	for _, lesion := range []string{"capsular", "weber", "locked"} {
		if err := browser.PressChar(tab, "/", "Slash", 191, false, 120*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		typeText(t, tab, lesion)
		press("Enter", "Enter", 13)
		first := reportCue(look(lesion + " page 1"))
		m := pageCue.FindStringSubmatch(first)
		if m == nil {
			t.Logf("%s: one page (cue %q)", lesion, first)
			continue
		}
		var pages int
		fmt.Sscan(m[2], &pages)
		for pg := 2; pg <= pages; pg++ {
			if pg%2 == 0 {
				press("ArrowRight", "ArrowRight", 39)
			} else {
				press("PageDown", "PageDown", 34)
			}
			cue := reportCue(look(fmt.Sprintf("%s page %d", lesion, pg)))
			if want := fmt.Sprintf("%d / %d", pg, pages); !strings.HasPrefix(cue, want) && !(pg == pages && strings.HasPrefix(cue, "→ ")) {
				t.Errorf("%s page %d of %d: the boxes' cue is %q", lesion, pg, pages, cue)
			}
		}
		press("ArrowRight", "ArrowRight", 39)
		if cue := reportCue(look(lesion + " round")); !strings.HasPrefix(cue, fmt.Sprintf("1 / %d", pages)) {
			t.Errorf("%s: → on the last page shows %q, not the first page", lesion, cue)
		}
	}
}
