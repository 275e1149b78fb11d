//go:build !js

package browsertest

import (
	"image"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// TestTraceInBrowser starts a trace with the N key, as a student would,
// and sees the caption name one station, then another as the impulse
// moves on, with the picture changing as it goes.
func TestTraceInBrowser(t *testing.T) {
	tab := openPage(t, false)
	if _, err := browser.WaitStatus(tab, sceneStatus, startTimeout); err != nil {
		t.Fatalf("the explorer never shows its 3D model: %v", err)
	}
	// A click in an empty corner gives the canvas the keyboard.
	if err := browser.Drag(tab, image.Pt(8, 8), image.Pt(8, 8), 1, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if err := browser.Press(tab, "n", "KeyN", 78, 250*time.Millisecond); err != nil {
		t.Fatalf("pressing N: %v", err)
	}
	read := func() string {
		s, err := chromedp.Run(tab, chromedp.Evaluate[string](`(window.decussate && window.decussate.caption) || ""`))
		if err != nil {
			t.Fatalf("reading the caption: %v", err)
		}
		return s
	}
	dbg, _ := chromedp.Run(tab, chromedp.Evaluate[string](`document.activeElement.tagName + " " + JSON.stringify(window.decussate)`))
	t.Logf("after N: %s", dbg)
	seen := map[string]bool{}
	deadline := time.Now().Add(startTimeout)
	for len(seen) < 3 && time.Now().Before(deadline) {
		if c := read(); c != "" {
			seen[c] = true
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("captions seen: %v", seen)
	if len(seen) < 3 {
		t.Fatalf("after N the caption showed %d stations (%v), want the impulse to pass at least 3", len(seen), seen)
	}
	cortex := false
	for c := range seen {
		cortex = cortex || strings.Contains(c, "area") || strings.Contains(c, "capsule") || strings.Contains(c, "corona")
	}
	if !cortex {
		t.Errorf("none of the captions %v names the cortex or the white matter the hand trace starts in", seen)
	}
	img, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, "trace-1280x720", img)
}
