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

// TestLesionInBrowser enters lesion mode with E and places lesions by
// clicking the model, as a student would: the report (the engine's
// summary, window.decussate.caption) appears and changes as lesions are
// added.
func TestLesionInBrowser(t *testing.T) {
	tab := openPage(t, false)
	if _, err := browser.WaitStatus(tab, sceneStatus, startTimeout); err != nil {
		t.Fatalf("the explorer never shows its 3D model: %v", err)
	}
	// A click in an empty corner gives the canvas the keyboard.
	if err := browser.Drag(tab, image.Pt(8, 8), image.Pt(8, 8), 1, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if err := browser.Press(tab, "e", "KeyE", 69, 250*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	// Lesion mode frames the brain between its panels; R brings back the
	// first view, where each click below is made from.
	if _, err := browser.WaitNewFrames(tab, 40, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := browser.Press(tab, "r", "KeyR", 82, 100*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if _, err := browser.WaitNewFrames(tab, 20, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	img, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	// The model's bright parts, left of the report panel.
	drawn := browser.DrawnPoints(img, image.Rect(0, 0, width*6/10, height*8/10), 6, 64, 48)
	if len(drawn) == 0 {
		t.Fatal("no part of the model on the screen to click")
	}
	readHook := func(expr string) string {
		s, err := chromedp.Run(tab, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("reading %s: %v", expr, err)
		}
		return s
	}
	read := func() string { return readHook(`(window.decussate && window.decussate.caption) || ""`) }
	// A student clicks what the hover names as motor: most of a real
	// brain's surface is cortex that moves nothing, where "No weakness"
	// is the right answer.
	var points []image.Point
	named := map[string]bool{}
	for _, p := range drawn {
		if err := browser.Hover(tab, p); err != nil {
			t.Fatal(err)
		}
		if _, err := browser.WaitNewFrames(tab, 2, 10*time.Second); err != nil {
			t.Fatal(err)
		}
		name := readHook(`(window.decussate && window.decussate.pick) || ""`)
		named[name] = true
		for _, motor := range []string{"precentral", "paracentral", "capsule", "peduncle", "pyramid", "corticospinal", "corticobulbar", "fibres"} {
			if strings.Contains(name, motor) {
				points = append(points, p)
				break
			}
		}
		if len(points) >= 16 {
			break
		}
	}
	if len(points) == 0 {
		t.Fatalf("no motor structure under any of %d drawn points; hovering named %v", len(drawn), named)
	}
	seen := map[string]bool{}
	for _, p := range points {
		// Each lesion placed is framed: R brings back the first view,
		// where the points were found, before the next click.
		if err := browser.Press(tab, "r", "KeyR", 82, 100*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		if _, err := browser.WaitNewFrames(tab, 20, 20*time.Second); err != nil {
			t.Fatal(err)
		}
		if err := browser.Drag(tab, p, p, 1, 80*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		if _, err := browser.WaitNewFrames(tab, 3, 10*time.Second); err != nil {
			t.Fatal(err)
		}
		if c := read(); c != "" {
			seen[c] = true
		}
		if len(seen) >= 2 {
			break
		}
	}
	t.Logf("reports seen: %v", seen)
	if len(seen) < 2 {
		t.Errorf("clicking %d points of the model in lesion mode gave %d reports (%v), want the report to appear and change", len(points), len(seen), seen)
	}
	shot, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, "lesion-1280x720", shot)
}
