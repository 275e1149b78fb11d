//go:build !js

package browsertest

import (
	"image"
	"testing"
	"time"

	"github.com/decussate/decussate/internal/browser"
)

// TestTourWithClickerKeys plays a tour as a teacher with a presentation
// clicker would: O starts it, Page Down steps forward, Page Up back, and
// the caption on screen follows.
func TestTourWithClickerKeys(t *testing.T) {
	tab := openPage(t, false)
	if _, err := browser.WaitStatus(tab, sceneStatus, startTimeout); err != nil {
		t.Fatalf("the explorer never shows its 3D model: %v", err)
	}
	if err := browser.Drag(tab, image.Pt(8, 8), image.Pt(8, 8), 1, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if err := browser.Press(tab, "o", "KeyO", 79, 250*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	first := waitCaption(t, tab, func(c string) bool { return c != "" })
	if err := browser.Press(tab, "PageDown", "PageDown", 34, 250*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	second := waitCaption(t, tab, func(c string) bool { return c != "" && c != first })
	if err := browser.Press(tab, "PageUp", "PageUp", 33, 250*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	waitCaption(t, tab, func(c string) bool { return c == first })
	t.Logf("step 1: %q; step 2: %q; back to step 1", first, second)
	img, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, "tour-1280x720", img)
}
