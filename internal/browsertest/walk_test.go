//go:build !js

package browsertest

import (
	"context"
	"fmt"
	"image"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// TestWalkModes walks every mode on a laptop and a phone, at device pixel
// ratios 1 and 2, presenter mode off and on, saving a screenshot of each
// for a person to look at and checking that the page's boxes never
// collide. It takes minutes: it runs only when DECUSSATE_WALK is set, to
// 1 for every device or to part of one's name (390x844, @2).
func TestWalkModes(t *testing.T) {
	if os.Getenv("DECUSSATE_WALK") == "" {
		t.Skip("set DECUSSATE_WALK=1 to walk every mode in the browser")
	}
	for _, d := range []struct {
		w, h  int
		scale float64
		touch bool
	}{{1920, 1080, 1, false}, {1920, 1080, 2, false}, {390, 844, 2, true}, {390, 844, 1, true}} {
		name := fmt.Sprintf("%dx%d@%g", d.w, d.h, d.scale)
		if only := os.Getenv("DECUSSATE_WALK"); only != "1" && !strings.Contains(name, only) {
			continue
		}
		for _, presenter := range []string{"0", "1"} {
			// A browser for each: a page has four minutes.
			walkDevice(t, name, d.w, d.h, d.scale, d.touch, presenter)
		}
	}
}

// walkModes are the modes a walk shows: a link's state, then a tool
// pressed, if any.
var walkModes = []struct{ name, hash, tool string }{
	{"explore", "mode=explore", ""},
	{"trace", "mode=trace&trace=area:hand:L", ""},
	{"section", "mode=explore&section=medulla", ""},
	{"lesion-long", "mode=lesion&preset=locked_in", ""},
	{"quiz", "mode=explore", "tool-quiz"},
	{"tour", "mode=explore", "tool-tour"},
	{"help", "mode=explore", "tool-help"},
	{"picker", "mode=lesion", "tool-classic"},
	{"about", "mode=explore", "tool-about"},
}

// walkDevice walks every mode on a w × h device at a pixel ratio, by
// touch or mouse, presenter mode on ("1") or off ("0").
func walkDevice(t *testing.T, name string, w, h int, scale float64, touch bool, presenter string) {
	tab, closeTab := openDeviceClosable(t, w, h, scale, touch)
	defer closeTab()
	// press presses the button id, from the menu on a phone.
	press := func(id string) bool {
		bs := readBoxes(t, tab)
		b, ok := find(bs, id)
		if !ok {
			if m, menu := find(bs, "tool-menu"); menu {
				pressAt(t, tab, m.centre(), touch)
				b, ok = find(readBoxes(t, tab), id)
			}
		}
		if ok {
			pressAt(t, tab, b.centre(), touch)
		}
		return ok
	}
	for _, m := range walkModes {
		what := fmt.Sprintf("%s-%s-p%s", name, m.name, presenter)
		if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`location.hash = `+jsString(m.hash+"&presenter="+presenter)+`, true`)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Second)
		if m.tool != "" && !press(m.tool) {
			t.Errorf("%s: no %s to press", what, m.tool)
		}
		time.Sleep(1500 * time.Millisecond)
		if c := collisions(readBoxes(t, tab), float64(w), float64(h)); len(c) > 0 {
			t.Errorf("%s: %d collisions:\n  %s", what, len(c), strings.Join(c, "\n  "))
		}
		saveShot(t, tab, "walk-"+what)
		// Close what the tool opened, the topmost first.
		for range 3 {
			if !press("tool-close") {
				break
			}
		}
	}
}

// pressAt clicks p with the mouse, or taps it on a touch screen.
func pressAt(t *testing.T, tab context.Context, p image.Point, touch bool) {
	t.Helper()
	var err error
	if touch {
		err = browser.Tap(tab, p, 80*time.Millisecond)
	} else {
		err = browser.Drag(tab, p, p, 1, 50*time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
}
