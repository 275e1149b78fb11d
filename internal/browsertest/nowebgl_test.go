//go:build !js

package browsertest

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// TestNoWebGLMessage opens the site in a browser whose 3D APIs are off, as
// on a machine whose GPU the browser blocklists: the visitor must read why
// the explorer cannot start, not look at a blank page.
func TestNoWebGLMessage(t *testing.T) {
	tab := openPage(t, true)
	type message struct {
		Visible bool   `json:"visible"`
		Title   string `json:"title"`
		Text    string `json:"text"`
	}
	// The loader decides at once, before downloading anything.
	var m message
	deadline := time.Now().Add(30 * time.Second)
	for {
		var err error
		m, err = chromedp.Run(tab, chromedp.Evaluate[message](`(() => {
			const m = document.getElementById("message");
			const r = m.getBoundingClientRect();
			const style = getComputedStyle(m);
			return {
				visible: !m.hidden && r.width > 0 && r.height > 0 &&
					style.visibility === "visible" && Number(style.opacity) > 0,
				title: document.getElementById("message-title").innerText,
				text: document.getElementById("message-text").innerText,
			};
		})()`))
		if err != nil {
			t.Fatalf("reading the loader's message: %v", err)
		}
		if m.Visible || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	img, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, "page-no-webgl", img)
	if !m.Visible {
		t.Fatalf("without WebGL the page shows no message after 30 s (title %q, text %q)", m.Title, m.Text)
	}
	if !strings.Contains(m.Title, "WebGL") {
		t.Errorf("the message's title is %q, want it to name WebGL", m.Title)
	}
	if len(m.Text) < 40 {
		t.Errorf("the message's text is %q, want a sentence that says what to do", m.Text)
	}
	if c := browser.Coverage(img); c < 0.005 {
		t.Errorf("only %.2f %% of the screenshot differs from its main colour: the message is not on the screen", 100*c)
	}
	s, err := browser.ReadState(tab)
	if err != nil {
		t.Fatal(err)
	}
	if s.Frames > 0 {
		t.Errorf("the program reports %d frames drawn without WebGL", s.Frames)
	}
}
