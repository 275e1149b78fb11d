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

// TestClickerInPresenterMode works the page with a presentation clicker's
// keys only (Page Down, →, Space, Esc, B) in presenter mode: a section
// steps down its levels and Esc leaves it; B blacks the whole page and →
// brings it back unchanged; a link followed keeps presenter mode.
func TestClickerInPresenterMode(t *testing.T) {
	tab := openDevice(t, width, height, 1, false)
	press := keyPresser(t, tab)
	// hash waits for the link to follow the explorer (a few ticks).
	hash := func() string {
		time.Sleep(500 * time.Millisecond)
		return evalString(t, tab, `location.hash`)
	}
	// hashUntil polls the link until ok says it has followed, for up to
	// 15 s: a loaded machine's software-rendered page may take seconds
	// to reach the ticks that write it.
	hashUntil := func(ok func(string) bool) string {
		h := hash()
		for end := time.Now().Add(15 * time.Second); !ok(h) && time.Now().Before(end); {
			h = hash()
		}
		return h
	}
	mode := func() string { return evalString(t, tab, `window.decussate.mode`) }
	if err := browser.Drag(tab, image.Pt(8, 8), image.Pt(8, 8), 1, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	press("p", "KeyP", 80)
	press("x", "KeyX", 88)
	cut := hashUntil(func(h string) bool { return strings.Contains(h, "section=") })
	if !strings.Contains(cut, "section=") || !strings.Contains(cut, "presenter=1") {
		t.Fatalf("P then X: link %q, want presenter mode and a section", cut)
	}
	for _, k := range []struct {
		key, code string
		vk        int64
	}{{"PageDown", "PageDown", 34}, {"ArrowRight", "ArrowRight", 39}, {" ", "Space", 32}} {
		press(k.key, k.code, k.vk)
		if h := hashUntil(func(h string) bool { return h != cut }); h == cut {
			t.Errorf("%s left the section at %q", k.code, h)
		} else {
			cut = h
		}
	}
	press("Escape", "Escape", 27)
	left := hashUntil(func(h string) bool { return !strings.Contains(h, "section=") })
	if m, h := mode(), left; m != "explore" || strings.Contains(h, "section=") {
		t.Errorf("Esc in a section: mode %q, link %q; want the section left", m, h)
	}

	before := hash()
	press("b", "KeyB", 66)
	if s := evalString(t, tab, `window.decussate.status`); s != "black" {
		t.Errorf("B in presenter mode: status %q, want black", s)
	}
	img, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, "clicker-black", img)
	b := img.Bounds()
	for _, p := range []image.Point{{b.Dx() / 2, b.Dy() / 3}, {b.Dx() / 2, b.Dy() - 20}, {20, b.Dy() - 20}} {
		if r, g, bl, _ := img.At(p.X, p.Y).RGBA(); r|g|bl != 0 {
			t.Errorf("the black screen is lit at %v", p)
		}
	}
	press("ArrowRight", "ArrowRight", 39)
	if s := evalString(t, tab, `window.decussate.status`); s != sceneStatus {
		t.Errorf("→ on the black screen: status %q, want %q", s, sceneStatus)
	}
	if h := hash(); h != before {
		t.Errorf("the black screen changed the link: %q, was %q", h, before)
	}

	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`location.hash = "mode=lesion&preset=weber", true`)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for mode() != "lesion" && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	// The address bar takes the state opened a few ticks later, which a
	// software-rendered page may take a second or two to reach.
	h := hash()
	for !strings.Contains(h, "presenter=1") && time.Now().Before(deadline) {
		h = hash()
	}
	if !strings.Contains(h, "presenter=1") {
		t.Errorf("following a link without presenter turned presenter mode off: %q", h)
	}
}
