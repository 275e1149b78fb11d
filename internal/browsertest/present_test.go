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

// TestF5StartsPresenting: a clicker's F5 (Shift-F5: from this slide),
// which a browser takes for reload, starts presenting instead and the page
// stays, whether the page or the explorer's canvas has the keyboard; a
// reload asked for with Ctrl-R still reloads.
func TestF5StartsPresenting(t *testing.T) {
	tab := openDevice(t, width, height, 1, false)
	// hashUntil polls the link until ok says it has followed, for up to
	// 15 s (a loaded machine's software-rendered page is slow).
	hashUntil := func(ok func(string) bool) string {
		h := ""
		for end := time.Now().Add(15 * time.Second); time.Now().Before(end); time.Sleep(300 * time.Millisecond) {
			if h = evalString(t, tab, `location.hash`); ok(h) {
				break
			}
		}
		return h
	}
	presenting := func(h string) bool { return strings.Contains(h, "presenter=1") }
	// A mark a reload would wipe.
	evalString(t, tab, `String(window.keptMark = "kept")`)
	kept := func() bool { return evalString(t, tab, `String(window.keptMark)`) == "kept" }
	for _, c := range []struct {
		name      string
		focus     func()
		modifiers int64
	}{
		// Before any click the page, not the canvas, may have the keys.
		{"the page has the keyboard", func() { evalString(t, tab, `(document.activeElement && document.activeElement.blur(), "")`) }, 0},
		{"the canvas has the keyboard", func() {
			if err := browser.Drag(tab, image.Pt(8, 8), image.Pt(8, 8), 1, 50*time.Millisecond); err != nil {
				t.Fatal(err)
			}
		}, browser.Shift},
	} {
		t.Run(c.name, func(t *testing.T) {
			if presenting(evalString(t, tab, `location.hash`)) {
				// P leaves presenter mode, so that F5 has it to start.
				if err := browser.Press(tab, "p", "KeyP", 80, 120*time.Millisecond); err != nil {
					t.Fatal(err)
				}
				if h := hashUntil(func(h string) bool { return !presenting(h) }); presenting(h) {
					t.Fatalf("P did not leave presenter mode: %q", h)
				}
			}
			c.focus()
			if err := browser.PressWith(tab, "F5", "F5", 116, c.modifiers, 120*time.Millisecond); err != nil {
				t.Fatal(err)
			}
			if _, err := browser.WaitNewFrames(tab, 3, 10*time.Second); err != nil {
				t.Fatal(err)
			}
			if h := hashUntil(presenting); !presenting(h) {
				t.Errorf("F5: link %q, want presenter mode", h)
			}
			if !kept() {
				t.Error("F5 reloaded the page")
			}
		})
	}
	// Ctrl-R is a reload asked for: the explorer lets it through.
	if err := browser.PressWith(tab, "r", "KeyR", 82, browser.Ctrl, 120*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	reloaded := false
	for end := time.Now().Add(20 * time.Second); !reloaded && time.Now().Before(end); time.Sleep(300 * time.Millisecond) {
		if mark, err := chromedp.Run(tab, chromedp.Evaluate[string](`String(window.keptMark)`)); err == nil && mark != "kept" {
			reloaded = true
		}
	}
	if !reloaded {
		t.Error("Ctrl-R did not reload the page: the canvas, which cancels every key it hears, heard it")
	}
}
