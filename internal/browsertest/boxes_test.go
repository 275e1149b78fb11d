//go:build !js

package browsertest

import (
	"context"
	"fmt"
	"image"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// pageBox is one of window.decussate.boxes: a panel, a button or a text,
// in CSS pixels.
type pageBox struct {
	ID   string  `json:"id"`
	Text string  `json:"text"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	W    float64 `json:"w"`
	H    float64 `json:"h"`
}

func (b pageBox) overlaps(o pageBox) bool {
	const tol = 1
	return b.X+tol < o.X+o.W && o.X+tol < b.X+b.W && b.Y+tol < o.Y+o.H && o.Y+tol < b.Y+b.H
}

func (b pageBox) inside(o pageBox) bool {
	const tol = 1
	return b.X >= o.X-tol && b.Y >= o.Y-tol && b.X+b.W <= o.X+o.W+tol && b.Y+b.H <= o.Y+o.H+tol
}

// readBoxes returns the boxes on screen after a few frames.
func readBoxes(t *testing.T, tab context.Context) []pageBox {
	t.Helper()
	if _, err := browser.WaitNewFrames(tab, 3, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	bs, err := chromedp.Run(tab, chromedp.Evaluate[[]pageBox](`window.decussate.boxes || []`))
	if err != nil {
		t.Fatalf("reading window.decussate.boxes: %v", err)
	}
	return bs
}

// collisions lists what collides among boxes on a w × h page: a box off
// the page, panels overlapping (not nested), a text across a panel's edge,
// texts over each other.
func collisions(bs []pageBox, w, h float64) []string {
	var out []string
	page := pageBox{W: w, H: h}
	var panels, texts []pageBox
	for _, b := range bs {
		if !b.inside(page) {
			out = append(out, fmt.Sprintf("%s %q leaves the page", b.ID, b.Text))
		}
		if b.ID == "text" {
			texts = append(texts, b)
		} else {
			panels = append(panels, b)
		}
	}
	for i, p := range panels {
		for _, q := range panels[i+1:] {
			if p.overlaps(q) && !p.inside(q) && !q.inside(p) {
				out = append(out, fmt.Sprintf("panels %s and %s overlap", p.ID, q.ID))
			}
		}
	}
	for i, tb := range texts {
		for _, p := range panels {
			if tb.overlaps(p) && !tb.inside(p) {
				out = append(out, fmt.Sprintf("text %q runs across panel %s", tb.Text, p.ID))
			}
		}
		for _, o := range texts[i+1:] {
			if tb.overlaps(o) {
				out = append(out, fmt.Sprintf("texts %q and %q overlap", tb.Text, o.Text))
			}
		}
	}
	return out
}

// find returns the box named id.
func find(bs []pageBox, id string) (pageBox, bool) {
	for _, b := range bs {
		if b.ID == id {
			return b, true
		}
	}
	return pageBox{}, false
}

// centre returns the middle of b as a point to click or tap.
func (b pageBox) centre() image.Point {
	return image.Pt(int(b.X+b.W/2), int(b.Y+b.H/2))
}

// TestBoxesNeverCollide: on a 1280×720 projector, in presenter mode
// through lesion mode with the longest report, the help and a tour, the
// page's boxes never overlap or leave the page. (Every mode at ratio 2 and
// on a phone is checked in-process by game's TestLayoutNeverCollides.)
func TestBoxesNeverCollide(t *testing.T) {
	tab := openDevice(t, width, height, 1, false)
	press := func(key, code string, vk int64) {
		t.Helper()
		if err := browser.Press(tab, key, code, vk, 120*time.Millisecond); err != nil {
			t.Fatal(err)
		}
	}
	check := func(what string) {
		t.Helper()
		bs := readBoxes(t, tab)
		if len(bs) < 5 {
			t.Fatalf("%s: only %d boxes on the page", what, len(bs))
		}
		if c := collisions(bs, width, height); len(c) > 0 {
			img, _ := browser.Screenshot(tab)
			if img != nil {
				saveScreenshot(t, "collide-"+strings.ReplaceAll(what, " ", "-"), img)
			}
			t.Errorf("%s: %d collisions:\n  %s", what, len(c), strings.Join(c, "\n  "))
		}
	}
	if err := browser.Drag(tab, image.Pt(8, 8), image.Pt(8, 8), 1, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	press("p", "KeyP", 80)
	check("presenter")
	press("e", "KeyE", 69)
	if err := browser.PressChar(tab, "/", "Slash", 191, false, 120*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	typeText(t, tab, "locked")
	press("Enter", "Enter", 13)
	check("presenter lesion locked-in")
	press("m", "KeyM", 77)
	check("presenter report page 2")
	if err := browser.PressChar(tab, "?", "Slash", 191, true, 120*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	check("presenter help")
	press("ArrowRight", "ArrowRight", 39)
	check("presenter help page 2")
	press("Escape", "Escape", 27)
	press("Escape", "Escape", 27)
	press("o", "KeyO", 79)
	for step := 1; step <= 4; step++ {
		check(fmt.Sprintf("presenter tour step %d", step))
		press("PageDown", "PageDown", 34)
	}
	img, err := browser.Screenshot(tab)
	if err == nil {
		saveScreenshot(t, "presenter-tour-1280x720@2", img)
	}
}

// phoneByTouchAlone: on a phone, with nothing but taps, a student opens
// lesion mode from the menu, places a classic lesion from the list and
// reads the report, then closes lesion mode; the screen never collides.
// TestTouchOnPhone calls it on its page, which saves a browser's start.
func phoneByTouchAlone(t *testing.T, tab context.Context, w, h float64) {
	tap := func(id string) {
		t.Helper()
		b, ok := find(readBoxes(t, tab), id)
		if !ok {
			img, _ := browser.Screenshot(tab)
			if img != nil {
				saveScreenshot(t, "phone-no-"+id, img)
			}
			t.Fatalf("no %s on the phone's screen", id)
		}
		if err := browser.Tap(tab, b.centre(), 80*time.Millisecond); err != nil {
			t.Fatal(err)
		}
	}
	mode := func() string { return evalString(t, tab, `window.decussate.mode`) }
	tap("tool-menu")
	tap("tool-lesion")
	if m := mode(); m != "lesion" {
		t.Fatalf("tapping Menu then Lesion gave mode %q", m)
	}
	tap("tool-menu")
	tap("tool-classic")
	row := tapFirstClassic(t, tab)
	caption := waitCaption(t, tab, func(s string) bool { return s != "" })
	t.Logf("tapping %q placed it: %q", row.Text, caption)
	bs := readBoxes(t, tab)
	if strip, ok := find(bs, "strip"); ok {
		// A phone held upright folds the panels to a strip: a tap opens
		// them.
		if err := browser.Tap(tab, strip.centre(), 80*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		bs = readBoxes(t, tab)
	}
	if _, ok := find(bs, "report"); !ok {
		t.Error("no report after placing a classic lesion")
	}
	if c := collisions(bs, w, h); len(c) > 0 {
		t.Errorf("the phone's lesion mode collides:\n  %s", strings.Join(c, "\n  "))
	}
	img, err := browser.Screenshot(tab)
	if err == nil {
		saveScreenshot(t, "phone-lesion-by-touch", img)
	}
	tap("tool-close")
	if m := mode(); m != "explore" {
		t.Errorf("tapping Close left mode %q, want explore", m)
	}
}
