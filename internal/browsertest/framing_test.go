//go:build !js

package browsertest

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestFramingByTouch plays the corticospinal tour on a phone (390 × 844
// at ratio 3) by touch alone, saving a screenshot of each step once its
// camera has settled, for a person to look at
// (dist/browsertest/framing-tour-*.png), and checks that every step has
// its caption. It takes minutes (a software-drawn page ticks slowly): it
// runs only when DECUSSATE_FRAMING is set.
func TestFramingByTouch(t *testing.T) {
	if os.Getenv("DECUSSATE_FRAMING") == "" {
		t.Skip("set DECUSSATE_FRAMING=1 to walk framing in the browser")
	}
	const w, h = 390, 844
	tab, closeTab := openDeviceClosable(t, w, h, 3, true)
	defer closeTab()
	press := func(id string) {
		t.Helper()
		bs := readBoxes(t, tab)
		b, ok := find(bs, id)
		if !ok {
			if m, menu := find(bs, "tool-menu"); menu {
				pressAt(t, tab, m.centre(), true)
				b, ok = find(readBoxes(t, tab), id)
			}
		}
		if !ok {
			t.Fatalf("no %s to press", id)
		}
		pressAt(t, tab, b.centre(), true)
	}
	// settle waits for the camera's move to end: a software-drawn page
	// ticks slower than a phone.
	settle := func() {
		if last, ok := settleCamera(t, tab); !ok {
			t.Errorf("the camera never settled: %+v", last)
		}
	}
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`location.hash = "mode=explore", true`)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	press("tool-tour")
	for step := 1; step <= 12; step++ {
		// Each step's shot after its move.
		settle()
		saveShot(t, tab, fmt.Sprintf("framing-tour-%02d", step))
		if _, ok := find(readBoxes(t, tab), "caption"); !ok {
			t.Errorf("step %d: no caption", step)
		}
		press("tool-next")
	}
}

// TestFollowByTouch starts a hand trace on a phone by touch, pauses it,
// and taps Follow: the camera comes closer to where the impulse stopped
// (dist/browsertest/framing-follow-*.png). It runs only when
// DECUSSATE_FRAMING is set.
func TestFollowByTouch(t *testing.T) {
	if os.Getenv("DECUSSATE_FRAMING") == "" {
		t.Skip("set DECUSSATE_FRAMING=1 to walk framing in the browser")
	}
	tab, closeTab := openDeviceClosable(t, 390, 844, 3, true)
	defer closeTab()
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`location.hash = "mode=trace&trace=area:hand:L", true`)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second)
	tap := func(id string) {
		t.Helper()
		b, ok := find(readBoxes(t, tab), id)
		if !ok {
			t.Fatalf("no %s to tap", id)
		}
		pressAt(t, tab, b.centre(), true)
	}
	tap("tool-pause")
	before := readCamera(t, tab)
	saveShot(t, tab, "framing-follow-paused")
	tap("tool-follow")
	last := readCamera(t, tab)
	for range 40 {
		time.Sleep(300 * time.Millisecond)
		now := readCamera(t, tab)
		if now == last {
			break
		}
		last = now
	}
	saveShot(t, tab, "framing-follow-framed")
	if last.Distance >= before.Distance {
		t.Errorf("Follow on a paused trace left the camera at %.0f mm (was %.0f mm)", last.Distance, before.Distance)
	}
}
