//go:build !js

package browsertest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// TestCompactPanelsByTouch: on a phone (390 × 844 at ratio 3), by touch
// alone, a student places a classic lesion from the list: it is framed in
// the model's room, large, with the patient and the report folded to a
// strip under it; a tap on the strip opens them (the report reads the
// summary), another folds them
// (dist/browsertest/compact-{folded,opened,folded-again}.png).
func TestCompactPanelsByTouch(t *testing.T) {
	const w, h = 390, 844
	tab, closeTab := openDeviceClosable(t, w, h, 3, true)
	defer closeTab()
	tapBox(t, tab, "tool-menu")
	tapBox(t, tab, "tool-lesion")
	tapBox(t, tab, "tool-menu")
	tapBox(t, tab, "tool-classic")
	settleCamera(t, tab)
	before := readCamera(t, tab)
	row := tapFirstClassic(t, tab)
	summary := waitCaption(t, tab, func(s string) bool { return s != "" })
	settleCamera(t, tab)
	framed := readCamera(t, tab)
	saveShot(t, tab, "compact-folded")
	bs := readBoxes(t, tab)
	strip, ok := find(bs, "strip")
	if !ok {
		t.Fatalf("placing %q left no strip on the phone", row.Text)
	}
	if _, ok := find(bs, "report"); ok {
		t.Error("the report is open before the strip is tapped")
	}
	if framed.Distance >= before.Distance {
		t.Errorf("the lesion is not framed: the camera is %.0f mm away, was %.0f mm", framed.Distance, before.Distance)
	}
	if c := collisions(bs, w, h); len(c) > 0 {
		t.Errorf("the folded strip collides:\n  %s", strings.Join(c, "\n  "))
	}

	if err := browser.Tap(tab, strip.centre(), 80*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	settleCamera(t, tab)
	saveShot(t, tab, "compact-opened")
	bs = readBoxes(t, tab)
	report, ok := find(bs, "report")
	if !ok {
		t.Fatal("tapping the strip opened no report")
	}
	if _, ok := find(bs, "patient"); !ok {
		t.Error("tapping the strip opened no patient")
	}
	var read []string
	for _, b := range bs {
		if b.ID == "text" && b.inside(report) {
			read = append(read, b.Text)
		}
	}
	if first := strings.Fields(summary)[0]; !strings.Contains(strings.Join(read, " "), first) {
		t.Errorf("the opened report reads %q, not the summary %q", read, summary)
	}
	if c := collisions(bs, w, h); len(c) > 0 {
		t.Errorf("the opened panels collide:\n  %s", strings.Join(c, "\n  "))
	}

	strip, ok = find(bs, "strip")
	if !ok {
		t.Fatal("opened, there is no strip to fold them with")
	}
	if err := browser.Tap(tab, strip.centre(), 80*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	settleCamera(t, tab)
	saveShot(t, tab, "compact-folded-again")
	bs = readBoxes(t, tab)
	if _, ok := find(bs, "report"); ok {
		t.Error("a second tap on the strip left the report open")
	}
	if _, ok := find(bs, "strip"); !ok {
		t.Error("folded again, there is no strip")
	}
	if m := evalString(t, tab, `window.decussate.mode`); m != "lesion" {
		t.Errorf("folding the panels left mode %q, want lesion", m)
	}
}

// settleCamera waits for a framing move to end (a software-drawn page
// ticks slower than a phone) and returns the camera it ended at, and
// whether it did end within twelve seconds.
func settleCamera(t *testing.T, tab context.Context) (last camera, settled bool) {
	t.Helper()
	last = readCamera(t, tab)
	for range 40 {
		time.Sleep(300 * time.Millisecond)
		now := readCamera(t, tab)
		if now == last {
			return now, true
		}
		last = now
	}
	return last, false
}

// TestLinkedTraceOnPhone opens a hand trace's link without a camera on a
// phone (390 × 844 at ratio 3): the camera draws back to frame the arm's
// path whole, as a trace started by a tap does, and the address keeps the
// link without a camera (dist/browsertest/linked-trace-phone.png).
func TestLinkedTraceOnPhone(t *testing.T) {
	const linked = "mode=trace&trace=area:hand:L"
	tab, closeTab := openDeviceClosable(t, 390, 844, 3, true)
	defer closeTab()
	home := readCamera(t, tab)
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`location.hash = "`+linked+`", true`)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	settleCamera(t, tab)
	saveShot(t, tab, "linked-trace-phone")
	if c := readCamera(t, tab); c.Distance <= home.Distance {
		t.Errorf("the linked trace is not framed: the camera is %.0f mm away, %.0f mm before", c.Distance, home.Distance)
	}
	if h := strings.TrimPrefix(evalString(t, tab, `location.hash`), "#"); h != linked {
		t.Errorf("the address holds %q, want %q: a framed trace's link has no camera", h, linked)
	}
}
