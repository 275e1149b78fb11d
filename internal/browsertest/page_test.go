//go:build !js

package browsertest

import (
	"image"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// sceneStatus is what the explorer reports once it draws the 3D model.
const sceneStatus = "scene"

// TestPage opens the site as a visitor would and checks, on one page, that
// the canvas is drawn, that hovering names the parts and that a drag turns
// the model.
func TestPage(t *testing.T) {
	tab := openPage(t, false)
	state, err := browser.WaitFrames(tab, 5, startTimeout)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("started: %d frames, status %q", state.Frames, state.Status)
	if _, err := browser.WaitStatus(tab, sceneStatus, startTimeout); err != nil {
		t.Fatalf("the explorer never shows its 3D model: %v", err)
	}

	t.Run("drawn", func(t *testing.T) {
		canvas, err := chromedp.Run(tab, chromedp.Evaluate[[]int](`(() => {
			const c = document.querySelector("body > canvas");
			if (!c) return [];
			const r = c.getBoundingClientRect();
			return [Math.round(r.width), Math.round(r.height), c.width, c.height];
		})()`))
		if err != nil {
			t.Fatalf("finding the canvas: %v", err)
		}
		if len(canvas) != 4 {
			t.Fatal("the page has no canvas of Ebiten's under its body")
		}
		if canvas[0] != width || canvas[1] != height {
			t.Errorf("the canvas shows at %d×%d CSS pixels, want it to fill the %d×%d viewport", canvas[0], canvas[1], width, height)
		}
		img, err := browser.Screenshot(tab)
		if err != nil {
			t.Fatal(err)
		}
		saveScreenshot(t, "page-1280x720", img)
		// The model stands in the middle; the hint line along the bottom
		// is drawn whatever happens to the model, so it must not count.
		middle := image.Rect(width/4, 0, 3*width/4, height*9/10)
		sub, ok := img.(interface {
			SubImage(image.Rectangle) image.Image
		})
		if !ok {
			t.Fatalf("cannot crop a screenshot of type %T", img)
		}
		// The model covers about 15 % of it at the default view.
		const want = 0.05
		c := browser.Coverage(sub.SubImage(middle))
		t.Logf("%.1f %% of the middle of the screenshot differs from its main colour", 100*c)
		if c < want {
			t.Errorf("only %.2f %% of the middle of the screenshot differs from its main colour, want at least %.1f %%: nothing is drawn there", 100*c, 100*want)
		}
	})

	t.Run("hover names parts", func(t *testing.T) {
		img, err := browser.Screenshot(tab)
		if err != nil {
			t.Fatal(err)
		}
		// Point at the model's bright (opaque) parts, wherever the view
		// puts them, above the hint line.
		points := browser.DrawnPoints(img, image.Rect(0, 0, width, height*9/10), 8, 64, 16)
		if len(points) == 0 {
			t.Fatal("no bright part of the model on the screen to point at")
		}
		seen := map[string]bool{}
		for _, p := range points {
			if err := browser.Hover(tab, p); err != nil {
				t.Fatal(err)
			}
			// Two frames: one to see the pointer, one to report.
			s, err := browser.WaitNewFrames(tab, 2, 10*time.Second)
			if err != nil {
				t.Fatal(err)
			}
			if s.Pick != "" {
				seen[s.Pick] = true
			}
		}
		t.Logf("named under the pointer at %d points of the model: %v", len(points), seen)
		if len(seen) < 3 {
			t.Errorf("hovering over %d points of the model named %d structures (window.decussate.pick), want at least 3", len(points), len(seen))
		}
	})

	t.Run("drag turns the model", func(t *testing.T) {
		// Out of the way first, so a hover label is not part of the change.
		if err := browser.Hover(tab, image.Pt(5, 5)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond)
		before, err := browser.Screenshot(tab)
		if err != nil {
			t.Fatal(err)
		}
		// What changes with no input at all: the drag must change more.
		time.Sleep(time.Second)
		idle, err := browser.Screenshot(tab)
		if err != nil {
			t.Fatal(err)
		}
		if err := browser.Drag(tab, image.Pt(width/2-200, height/2), image.Pt(width/2+200, height/2+60), 30, time.Second); err != nil {
			t.Fatal(err)
		}
		if err := browser.Hover(tab, image.Pt(5, 5)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond)
		after, err := browser.Screenshot(tab)
		if err != nil {
			t.Fatal(err)
		}
		saveScreenshot(t, "page-1280x720-dragged", after)
		const tolerance = 24
		still, moved := browser.Changed(before, idle, tolerance), browser.Changed(before, after, tolerance)
		t.Logf("pixels changed: %.1f %% idle for 1 s, %.1f %% after the drag", 100*still, 100*moved)
		if moved < 0.02 || moved < still+0.02 {
			t.Errorf("a drag across the canvas changed %.1f %% of the pixels (%.1f %% change by themselves), want at least 2 %% more: the model did not turn", 100*moved, 100*still)
		}
	})
}
