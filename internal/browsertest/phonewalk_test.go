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

	"github.com/decussate/decussate/internal/browser"
)

// TestPhoneWalkByTouch walks the explorer on a phone held upright (390 ×
// 844 CSS pixels) at device pixel ratios 3 and 2 by touch alone: swipes of
// three lengths, a pinch out and in, a two-finger pan, a double tap, a tap
// that traces, lesion mode's taps on the cortex, the crus, the pons and
// the pyramid, and the toolbar's modes, classic lesions, quiz, tours,
// presenter mode, help and reset, saving a screenshot of each step
// (dist/browsertest/phonewalk-*.png) for a person to look at, and logging
// what each gesture did to the camera. It takes minutes: it runs only when
// DECUSSATE_WALK is 1 or part of "phonewalk".
func TestPhoneWalkByTouch(t *testing.T) {
	if only := os.Getenv("DECUSSATE_WALK"); only == "" || only != "1" && !strings.Contains("phonewalk", only) {
		t.Skip("set DECUSSATE_WALK=phonewalk to walk the phone by touch")
	}
	for _, scale := range []float64{3, 2} {
		t.Run(fmt.Sprintf("390x844@%g", scale), func(t *testing.T) {
			phoneWalk(t, scale)
		})
	}
}

// phoneWalk walks one phone in three pages (a page has four minutes):
// the gestures and a trace, lesion mode's taps, the toolbar.
func phoneWalk(t *testing.T, scale float64) {
	const w, h = 390, 844
	name := fmt.Sprintf("phonewalk-%g", scale)
	var tab context.Context
	shot := func(step string) { saveShot(t, tab, name+"-"+step) }
	mode := func() string { return evalString(t, tab, `window.decussate.mode`) }
	centre := image.Pt(w/2, h/3)
	tab, closeTab := openDeviceClosable(t, w, h, scale, true)
	defer func() { closeTab() }()
	shot("00-start")

	for _, n := range []int{15, 60, 200} {
		c0 := readCamera(t, tab)
		to := []image.Point{centre.Add(image.Pt(n, 0))}
		if err := browser.TouchMove(tab, []image.Point{centre}, to, 8, 300*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		c1 := readCamera(t, tab)
		t.Logf("%s: a %d px swipe turned yaw %.1f° pitch %.1f°", name, n, angleDiff(c0.Yaw, c1.Yaw), angleDiff(c0.Pitch, c1.Pitch))
		shot(fmt.Sprintf("01-swipe%d", n))
	}
	c0 := readCamera(t, tab)
	if err := browser.TouchMove(tab, []image.Point{centre}, []image.Point{centre.Add(image.Pt(0, 80))}, 8, 300*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	c1 := readCamera(t, tab)
	t.Logf("%s: an 80 px swipe down turned yaw %.1f° pitch %.1f°", name, angleDiff(c0.Yaw, c1.Yaw), angleDiff(c0.Pitch, c1.Pitch))

	near := []image.Point{centre.Add(image.Pt(-30, 0)), centre.Add(image.Pt(30, 0))}
	far := []image.Point{centre.Add(image.Pt(-100, 0)), centre.Add(image.Pt(100, 0))}
	for _, p := range []struct {
		what     string
		from, to []image.Point
	}{{"pinch-out", near, far}, {"pinch-in", far, near}} {
		c0 := readCamera(t, tab)
		if err := browser.TouchMove(tab, p.from, p.to, 10, 400*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		c1 := readCamera(t, tab)
		t.Logf("%s: %s took the distance %.0f → %.0f mm, yaw %.1f°", name, p.what, c0.Distance, c1.Distance, angleDiff(c0.Yaw, c1.Yaw))
		shot("02-" + p.what)
	}
	before, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	c0 = readCamera(t, tab)
	pan := []image.Point{near[0].Add(image.Pt(0, 120)), near[1].Add(image.Pt(0, 120))}
	if err := browser.TouchMove(tab, near, pan, 10, 400*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	c1 = readCamera(t, tab)
	after, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: a two-finger pan of 120 px changed %.0f%% of the screen, yaw %.1f° pitch %.1f° distance %.0f → %.0f mm",
		name, 100*browser.Changed(before, after, 24), angleDiff(c0.Yaw, c1.Yaw), angleDiff(c0.Pitch, c1.Pitch), c0.Distance, c1.Distance)
	shot("03-pan")
	for range 2 {
		if err := browser.Tap(tab, centre, 60*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		time.Sleep(120 * time.Millisecond)
	}
	time.Sleep(time.Second)
	c2 := readCamera(t, tab)
	t.Logf("%s: a double tap: camera yaw %.1f° pitch %.1f° distance %.0f mm, mode %q", name, c2.Yaw, c2.Pitch, c2.Distance, mode())
	shot("04-doubletap")

	// A tap on the precentral gyrus traces from it; a second tap ends it.
	if p, ok := findPart(t, tab, w, h/2, "precentral"); ok {
		if err := browser.Tap(tab, p, 80*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		time.Sleep(3 * time.Second)
		t.Logf("%s: a tap on the precentral gyrus at %v: mode %q, caption %q", name, p, mode(), evalString(t, tab, `window.decussate.caption`))
		shot("05-trace")
		tapBox(t, tab, "tool-close")
	} else {
		t.Errorf("%s: no point shows the precentral gyrus", name)
	}

	closeTab()
	tab, closeTab = openDeviceClosable(t, w, h, scale, true)
	tapBox(t, tab, "tool-menu")
	tapBox(t, tab, "tool-lesion")
	settleCamera(t, tab)
	shot("06-lesion")
	for _, part := range []string{"cortex", "crus", "pons", "pyramid"} {
		p, ok := findPart(t, tab, w, h*2/3, part)
		if !ok {
			t.Logf("%s: no point of lesion mode's view shows the %s", name, part)
			continue
		}
		if err := browser.Tap(tab, p, 80*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		// A tap on the model clicks once a double tap's time is past.
		time.Sleep(time.Second)
		settleCamera(t, tab)
		t.Logf("%s: a lesion tap on the %s at %v: caption %q", name, part, p, evalString(t, tab, `window.decussate.caption`))
		shot("07-lesion-" + part)
		openReport(t, tab, name+"-08-report-"+part)
	}
	tapBox(t, tab, "tool-menu")
	tapBox(t, tab, "tool-classic")
	row := tapFirstClassic(t, tab)
	settleCamera(t, tab)
	t.Logf("%s: classic lesion %q", name, row.Text)
	shot("09-classic")
	openReport(t, tab, name+"-10-classic-report")
	tapBox(t, tab, "tool-close")
	t.Logf("%s: after Close: mode %q", name, mode())

	closeTab()
	tab, closeTab = openDeviceClosable(t, w, h, scale, true)

	for i, id := range []string{"tool-quiz", "tool-tour", "tool-presenter", "tool-help", "tool-reset"} {
		bs := readBoxes(t, tab)
		if _, ok := find(bs, id); !ok {
			if _, menu := find(bs, "tool-menu"); menu {
				tapBox(t, tab, "tool-menu")
			}
		}
		if _, ok := find(readBoxes(t, tab), id); !ok {
			shot(fmt.Sprintf("%02d-no-%s", 11+i, id))
			t.Errorf("%s: no %s to tap, from the menu or the toolbar", name, id)
			continue
		}
		tapBox(t, tab, id)
		settleCamera(t, tab)
		t.Logf("%s: tapped %s: mode %q", name, id, mode())
		shot(fmt.Sprintf("%02d-%s", 11+i, id))
		if c := collisions(readBoxes(t, tab), w, h); len(c) > 0 {
			t.Errorf("%s: after %s, %d collisions:\n  %s", name, id, len(c), strings.Join(c, "\n  "))
		}
		for range 3 {
			if _, ok := find(readBoxes(t, tab), "tool-close"); !ok || id == "tool-presenter" || id == "tool-reset" {
				break
			}
			tapBox(t, tab, "tool-close")
		}
	}
}

// findPart returns a point of the top w × h of the screen where the
// explorer names a part whose name holds part, found with the mouse (the
// page still takes the protocol's mouse moves).
func findPart(t *testing.T, tab context.Context, w, h int, part string) (image.Point, bool) {
	t.Helper()
	for _, p := range grid(w, h, 6, 10) {
		if strings.Contains(strings.ToLower(pickAt(t, tab, p)), part) {
			return p, true
		}
	}
	return image.Point{}, false
}

// openReport taps the folded panels' strip, if any, to open the report,
// saves the screen as name, turns its pages by tapping Next › while there
// is one (at most four), and folds the report again.
func openReport(t *testing.T, tab context.Context, name string) {
	t.Helper()
	bs := readBoxes(t, tab)
	strip, folded := find(bs, "strip")
	if folded {
		if err := browser.Tap(tab, strip.centre(), 80*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond)
		bs = readBoxes(t, tab)
	}
	saveShot(t, tab, name)
	var ids []string
	for _, b := range bs {
		ids = append(ids, b.ID)
	}
	t.Logf("%s: boxes %s", name, strings.Join(ids, " "))
	for page := 2; page < 6; page++ {
		b, ok := find(readBoxes(t, tab), "tool-next")
		if !ok {
			break
		}
		if err := browser.Tap(tab, b.centre(), 80*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond)
		saveShot(t, tab, fmt.Sprintf("%s-page%d", name, page))
	}
	if folded {
		if s, ok := find(readBoxes(t, tab), "strip"); ok {
			_ = browser.Tap(tab, s.centre(), 80*time.Millisecond)
		}
		time.Sleep(300 * time.Millisecond)
	}
}
