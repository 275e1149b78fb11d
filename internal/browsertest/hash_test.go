//go:build !js

package browsertest

import (
	"context"
	"image"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// openLink is openPage for a link: the site's address with a fragment.
func openLink(t *testing.T, fragment string) context.Context {
	t.Helper()
	server, chromium := needSite(t)
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	t.Cleanup(cancel)
	tab, closeBrowser, err := browser.Start(ctx, chromium, browser.Options{Width: width, Height: height, UserDataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeBrowser)
	if err := chromedp.Do(tab, chromedp.Navigate(server.URL+"#"+fragment)); err != nil {
		t.Fatalf("opening %s: %v", server.URL, err)
	}
	return tab
}

// evalString evaluates a JavaScript expression to a string.
func evalString(t *testing.T, tab context.Context, expr string) string {
	t.Helper()
	s, err := chromedp.Run(tab, chromedp.Evaluate[string](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return s
}

// waitCaption waits until the caption satisfies ok, returning it.
func waitCaption(t *testing.T, tab context.Context, ok func(string) bool) string {
	t.Helper()
	deadline := time.Now().Add(startTimeout)
	c := ""
	for time.Now().Before(deadline) {
		c = evalString(t, tab, `(window.decussate && window.decussate.caption) || ""`)
		if ok(c) {
			return c
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("the caption never came: last %q", c)
	return ""
}

// TestLinkRoundTrip opens a link to a lesion, as a student given it would:
// the lesion's report shows; the address keeps the state as the student
// works; Back returns to the state before.
func TestLinkRoundTrip(t *testing.T) {
	tab := openLink(t, "mode=lesion&lesion=internal_capsule.posterior_limb:L")
	if _, err := browser.WaitStatus(tab, sceneStatus, startTimeout); err != nil {
		t.Fatalf("the explorer never shows its 3D model: %v", err)
	}
	first := waitCaption(t, tab, func(c string) bool { return c != "" })
	if !strings.HasPrefix(first, "Right") || !strings.Contains(first, "upper motor neuron") {
		t.Fatalf("the link to a left capsular lesion shows %q, want a right hemiparesis", first)
	}
	// The address follows: the state is written back, without a camera
	// while the lesion is framed (it frames again where it is opened).
	deadline0 := time.Now().Add(30 * time.Second)
	hash := ""
	for time.Now().Before(deadline0) {
		if hash = evalString(t, tab, `location.hash`); strings.Contains(hash, "lesion=") {
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	if !strings.Contains(hash, "lesion=internal_capsule.posterior_limb") || strings.Contains(hash, "cam=") {
		t.Errorf("the address holds %q, want the lesion framed, without a camera", hash)
	}
	// A click adds a lesion: a new entry in the history. The points are
	// found in the first view, which R brings back before each click.
	if err := browser.Press(tab, "r", "KeyR", 82, 100*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if _, err := browser.WaitNewFrames(tab, 40, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	before := evalString(t, tab, `String(history.length)`)
	img, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	points := browser.DrawnPoints(img, image.Rect(width/4, 0, width*6/10, height*8/10), 6, 64, 16)
	changed := ""
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
		time.Sleep(700 * time.Millisecond)
		if c := evalString(t, tab, `(window.decussate && window.decussate.caption) || ""`); c != first {
			changed = c
			break
		}
	}
	if changed == "" {
		t.Fatalf("clicking the model in lesion mode never changed the report from %q", first)
	}
	// The link follows within a few frames: a new history entry.
	deadline := time.Now().Add(30 * time.Second)
	for evalString(t, tab, `String(history.length)`) == before && time.Now().Before(deadline) {
		time.Sleep(300 * time.Millisecond)
	}
	if n := evalString(t, tab, `String(history.length)`); n == before {
		t.Fatalf("placing a lesion left %s history entries, want a new one", n)
	}
	// Back, as the browser's button does; the page stays, the state goes
	// back.
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`setTimeout(() => history.back(), 10), true`)); err != nil {
		t.Fatal(err)
	}
	back := waitCaption(t, tab, func(c string) bool { return c == first })
	t.Logf("link: %q; after a click: %q; after Back: %q", first, changed, back)
}

// TestBadLink opens a link with a stale part: the rest opens, and the page
// says what was skipped rather than showing nothing.
func TestBadLink(t *testing.T) {
	tab := openLink(t, "mode=lesion&lesion=pyramid:L&lesion=nowhere:Q&section=C8")
	if _, err := browser.WaitStatus(tab, sceneStatus, startTimeout); err != nil {
		t.Fatalf("the explorer never shows its 3D model: %v", err)
	}
	c := waitCaption(t, tab, func(c string) bool { return c != "" })
	if !strings.HasPrefix(c, "Right arm and leg") {
		t.Errorf("a link with one good lesion (the left pyramid) shows %q", c)
	}
}
