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

// staleTwelve is issue 14's crashing link: twelve lesions at sites that do
// not exist, joined once into one label 8,649 px wide.
func staleTwelve() string {
	s := "mode=lesion"
	for _, n := range []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"} {
		s += "&lesion=pyramid" + n + ":L"
	}
	return s
}

// hostileLinks are the links issue 14 found crashing or blanking the page,
// and more of their kinds; each must leave the page running with a note.
var hostileLinks = []struct{ name, fragment string }{
	{"a 1,000-character key", strings.Repeat("k", 1000) + "=1"},
	{"an infinite camera", "cam=Inf,0,500,0,0,0"},
	{"a NaN camera", "mode=lesion&lesion=pyramid:L&cam=NaN,0,500,NaN,0,0"},
	{"an unknown phase", "mode=lesion&lesion=pyramid:L&phase=later"},
	{"2,000 identical spheres", "mode=lesion" + strings.Repeat("&lesion=point:0,-45,-120,5", 2000)},
	{"every kind at once", "%zz&" + strings.Repeat("y", 400) + "=2&mode=lesion&lesion=nowhere:L&lesion=point:1_0,0,0,5&labels=maybe&cam=1,2&section=moon"},
	{"twelve stale sites", staleTwelve()},
}

// openSized opens the site at a fragment in a w×h headless Chromium and
// waits for the 3D model.
func openSized(t *testing.T, fragment string, w, h int) context.Context {
	t.Helper()
	server, chromium := needSite(t)
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	t.Cleanup(cancel)
	tab, closeBrowser, err := browser.Start(ctx, chromium, browser.Options{Width: w, Height: h, UserDataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeBrowser)
	if err := chromedp.Do(tab, chromedp.Navigate(server.URL+"#"+fragment)); err != nil {
		t.Fatalf("opening %s: %v", server.URL, err)
	}
	if _, err := browser.WaitStatus(tab, sceneStatus, startTimeout); err != nil {
		t.Fatalf("the explorer never shows its 3D model: %v", err)
	}
	return tab
}

// notice is what the page reports of the note on screen.
type notice struct {
	Text        string `json:"text"`
	Width       int    `json:"width"`
	ScreenWidth int    `json:"screenWidth"`
	Hash        string `json:"hash"`
}

// waitNotice waits for a note on screen (one other than before) and
// returns it with the address's fragment.
func waitNotice(t *testing.T, tab context.Context, before string) notice {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var n notice
	for time.Now().Before(deadline) {
		var err error
		n, err = chromedp.Run(tab, chromedp.Evaluate[notice](`(() => { const d = window.decussate || {};
			return {text: d.notice || "", width: d.noticeWidth || 0, screenWidth: d.screenWidth || 0, hash: location.hash}; })()`))
		if err != nil {
			t.Fatalf("reading the note: %v", err)
		}
		if n.Text != "" && n.Text != before {
			return n
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no note came (last %q)", n.Text)
	return n
}

// checkRunning fails unless the page still draws frames, shows no failure,
// and its address holds no NaN or infinity once the link is written back.
func checkRunning(t *testing.T, tab context.Context, what string) {
	t.Helper()
	s, err := browser.WaitNewFrames(tab, 10, 30*time.Second)
	if err != nil {
		t.Fatalf("%s: the page stopped: %v (state %+v)", what, err, s)
	}
	if s.Status != sceneStatus || s.Loader != "" {
		t.Fatalf("%s: the page shows %q, %q", what, s.Status, s.Loader)
	}
	time.Sleep(500 * time.Millisecond) // the link is written back every few frames
	h := evalString(t, tab, `location.hash`)
	if strings.Contains(h, "NaN") || strings.Contains(h, "Inf") {
		t.Errorf("%s: the address holds %q", what, h)
	}
}

// checkFits fails unless the note fits the screen.
func checkFits(t *testing.T, what string, n notice) {
	t.Helper()
	if n.ScreenWidth <= 0 || n.Width <= 0 || n.Width > n.ScreenWidth {
		t.Errorf("%s: a note %d px wide on a screen of %d: %q", what, n.Width, n.ScreenWidth, n.Text)
	}
	if lines := strings.Count(n.Text, "\n") + 1; lines > 8 || len(n.Text) > 1200 {
		t.Errorf("%s: a note of %d lines, %d bytes: %q", what, lines, len(n.Text), n.Text)
	}
	t.Logf("%s: %d of %d px: %q", what, n.Width, n.ScreenWidth, n.Text)
}

// saveShot saves the page as name.png beside the other tests' screenshots,
// to look at the notes by eye.
func saveShot(t *testing.T, tab context.Context, name string) {
	t.Helper()
	img, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, name, img)
}

// TestCrashingLinkOpens opens issue 14's crashing link, on a desktop's
// screen and on a phone's: the page keeps running and shows a short note
// that fits.
func TestCrashingLinkOpens(t *testing.T) {
	for _, size := range [][2]int{{width, height}, {390, 844}} {
		tab := openSized(t, staleTwelve(), size[0], size[1])
		n := waitNotice(t, tab, "")
		checkFits(t, "twelve stale sites", n)
		if !strings.Contains(n.Text, "12 lesions") || !strings.Contains(n.Text, "more") {
			t.Errorf("the note on twelve stale sites is %q, want them counted", n.Text)
		}
		checkRunning(t, tab, "twelve stale sites")
		saveShot(t, tab, "stale-twelve-"+itoa(size[0]))
	}
}

// TestHashChanges changes location.hash on a running page to each hostile
// link in turn, as a student pasting links would: the page keeps running,
// each gets a note that fits, and the address never holds a NaN.
func TestHashChanges(t *testing.T) {
	tab := openSized(t, "mode=lesion&lesion=pyramid:L", 390, 844)
	checkRunning(t, tab, "a good link")
	before := ""
	for i, l := range hostileLinks {
		if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`location.hash = `+jsString(l.fragment)+`, true`)); err != nil {
			t.Fatalf("%s: setting location.hash: %v", l.name, err)
		}
		n := waitNotice(t, tab, before)
		before = n.Text
		checkFits(t, l.name, n)
		checkRunning(t, tab, l.name)
		saveShot(t, tab, "hash-"+itoa(i))
	}
	// phase=ACUTE is the acute phase, not silently the chronic one.
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`location.hash = "mode=lesion&lesion=pyramid:L&phase=ACUTE", true`)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(evalString(t, tab, `location.hash`), "phase=acute") && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	if h := evalString(t, tab, `location.hash`); !strings.Contains(h, "phase=acute") {
		t.Errorf("after phase=ACUTE the address holds %q, want the acute phase", h)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\u2028", `\u2028`, "\u2029", `\u2029`)
	return `"` + r.Replace(s) + `"`
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
