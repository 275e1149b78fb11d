//go:build !js

package browsertest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// progressScript runs in the page before its own scripts and keeps, in
// window.progressSeen, every state the loader's bar passes through: its
// value (aria-valuenow, -1 before it has one), whether it sweeps for an
// unknown size, and whether the loader is hidden. A MutationObserver sees
// each change after the task that made it, so none is missed however fast
// the chunks come.
const progressScript = `(() => {
	const seen = [];
	window.progressSeen = seen;
	const record = () => {
		const progress = document.getElementById("progress");
		const loader = document.getElementById("loader");
		if (!progress || !loader) return;
		const v = progress.getAttribute("aria-valuenow");
		const s = {
			at: performance.now(),
			value: v === null ? -1 : Number(v),
			sweeping: progress.classList.contains("indeterminate"),
			hidden: loader.hidden,
		};
		const last = seen[seen.length - 1];
		if (!last || last.value !== s.value || last.sweeping !== s.sweeping || last.hidden !== s.hidden) seen.push(s);
	};
	new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true });
})()`

// barState is one entry of window.progressSeen.
type barState struct {
	At       float64 `json:"at"`
	Value    float64 `json:"value"`
	Sweeping bool    `json:"sweeping"`
	Hidden   bool    `json:"hidden"`
}

// throttle is the connection of TestProgressBar: 2 MB/s with 40 ms to the
// first byte, a slow school network, under which the explorer's download
// takes a second or two and the bar is seen to move.
const (
	throttleBytesPerSecond = 2e6
	throttleLatencyMS      = 40
)

// beforeLoader are the files the page fetches before the loader runs (the
// HTML's own links and scripts), which the loader cannot count; the
// browser's own favicon.ico request is not the page's. Everything else
// the page downloads comes after, and must be on the bar.
var beforeLoader = []string{"", "index.html", "style.css", "wasm_exec.js", "loader.js", "favicon.ico"}

// countedByLoader are the files the loader's bar counts (wasm/loader.js).
var countedByLoader = []string{"decussate.wasm"}

// TestProgressBar loads the page over a throttled connection and checks
// that the loader's bar counts the whole download: it knows the size from
// the start (never sweeps), only ever moves forward, passes through values
// in between, reaches 100 % and then steps aside for the model; and that
// every file the page fetched after the loader started is one the bar
// counts.
func TestProgressBar(t *testing.T) {
	server, chromium := needSite(t)
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	t.Cleanup(cancel)
	tab, closeBrowser, err := browser.Start(ctx, chromium, browser.Options{Width: width, Height: height, UserDataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeBrowser)
	if err := browser.OnNewDocument(tab, progressScript); err != nil {
		t.Fatal(err)
	}
	if err := browser.Throttle(tab, throttleBytesPerSecond, throttleLatencyMS); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tab, chromedp.Navigate(server.URL)); err != nil {
		t.Fatalf("opening %s: %v", server.URL, err)
	}
	shot := false
	deadline := time.Now().Add(startTimeout)
	for {
		seen := readBar(t, tab)
		if n := len(seen); n > 0 && seen[n-1].Hidden {
			break
		}
		// One picture of the bar on its way, for a person to look at.
		if n := len(seen); !shot && n > 0 && seen[n-1].Value >= 20 && seen[n-1].Value <= 80 {
			if img, err := browser.Screenshot(tab); err == nil {
				saveScreenshot(t, "progress-bar", img)
				shot = true
			}
		}
		if time.Now().After(deadline) {
			state, _ := browser.ReadState(tab)
			t.Fatalf("the loader is still showing after %v (bar states %s; loader says %q, %q)", startTimeout, describeBar(seen), state.LoaderStatus, state.Loader)
		}
		time.Sleep(50 * time.Millisecond)
	}
	seen := readBar(t, tab)
	t.Logf("bar states: %s", describeBar(seen))

	var values []float64
	for i, s := range seen {
		if s.Sweeping {
			t.Errorf("state %d: the bar sweeps (size unknown), but the server sends the download's size: %s", i, describeBar(seen))
		}
		if s.Value < 0 {
			continue
		}
		if n := len(values); n > 0 && s.Value < values[n-1] {
			t.Errorf("the bar went back from %.0f %% to %.0f %%: %s", values[n-1], s.Value, describeBar(seen))
		}
		values = append(values, s.Value)
	}
	between := 0
	for _, v := range values {
		if v > 0 && v < 100 {
			between++
		}
	}
	// At 2 MB/s the download takes a second or more and arrives in many
	// chunks; a bar that jumps straight to full was not fed by them.
	if between < 5 {
		t.Errorf("the bar showed %d values between 0 and 100 %% over a throttled download, want at least 5: %s", between, describeBar(seen))
	}
	last := seen[len(seen)-1]
	if !last.Hidden || last.Value != 100 {
		t.Errorf("the bar ends at %.0f %% (loader hidden: %v), want 100 %% and then hidden: %s", last.Value, last.Hidden, describeBar(seen))
	}
	if state, err := browser.ReadState(tab); err != nil {
		t.Fatal(err)
	} else if state.Frames < 1 {
		t.Errorf("the loader hid with %d frames drawn: it must stay until the model shows", state.Frames)
	}

	resources, err := browser.Resources(tab)
	if err != nil {
		t.Fatal(err)
	}
	var counted []string
	for _, r := range resources {
		name := r.Name()
		switch {
		case slices.Contains(countedByLoader, name):
			counted = append(counted, name)
		case !slices.Contains(beforeLoader, name):
			t.Errorf("the page fetched %s, which the loader's bar does not count: count it in wasm/loader.js (and list it in countedByLoader here)", r.URL)
		}
	}
	if len(counted) == 0 {
		t.Errorf("the page never fetched %v, the files the bar counts (fetched: %v)", countedByLoader, resources)
	}
}

// readBar returns the bar's states so far.
func readBar(t *testing.T, tab context.Context) []barState {
	t.Helper()
	seen, err := chromedp.Run(tab, chromedp.Evaluate[[]barState](`window.progressSeen || []`))
	if err != nil {
		t.Fatalf("reading the bar's states: %v", err)
	}
	return seen
}

// describeBar writes states as "12% 30% … 100% hidden", each with its
// time in milliseconds.
func describeBar(states []barState) string {
	var b strings.Builder
	for i, s := range states {
		if i > 0 {
			b.WriteString(" ")
		}
		switch {
		case s.Sweeping:
			fmt.Fprintf(&b, "sweeping@%.0f", s.At)
		case s.Value < 0:
			fmt.Fprintf(&b, "none@%.0f", s.At)
		default:
			fmt.Fprintf(&b, "%.0f%%@%.0f", s.Value, s.At)
		}
		if s.Hidden {
			b.WriteString("(hidden)")
		}
	}
	return b.String()
}
