//go:build !js

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// firstFrameScript runs in each new document before its scripts. Every
// animation frame it looks at what the program reports (window.decussate)
// and keeps the page's clock, which starts at the navigation, at the first
// frame the program has drawn with its status "drawn" says the picture is
// complete. Both programs are watched alike, to within a frame.
const firstFrameScript = `(() => {
	const tick = () => {
		const d = window.decussate;
		if (d && d.frames >= 1 && d.status === %q) {
			window.benchFirstFrame = performance.now();
			return;
		}
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`

// canvasTimeout bounds one page's wait for its first frame: SwiftShader
// compiles the shaders and draws in software on a loaded 2-core machine.
const canvasTimeout = 90 * time.Second

// reportTimeToCanvas opens each program's page in a fresh headless
// Chromium (an empty profile: nothing cached) rounds times, interleaved
// and alternating the order as the frame rates are, and prints the time
// from the navigation to the first frame that shows the program's picture
// (the explorer's: its model), each round's and the median:
//
//	BenchmarkTimeToCanvas/decussate 5 2310.4 ms 2200.1 min-ms 2600.3 max-ms
//
// It fails when a page fetches a file that is not in its site, since
// make bench's download size would then leave it out.
func reportTimeToCanvas(chromium, cli string, programs []*program, rounds int, tmp string) error {
	servers := make([]*browser.Server, len(programs))
	for i, p := range programs {
		s, err := browser.Serve(cli, p.site)
		if err != nil {
			return err
		}
		defer s.Close()
		servers[i] = s
	}
	times := make([][]float64, len(programs))
	for r := range rounds {
		for k := range programs {
			i := k
			if r%2 == 1 {
				i = len(programs) - 1 - k
			}
			p := programs[i]
			ms, resources, err := timeToCanvas(chromium, filepath.Join(tmp, fmt.Sprintf("profile-canvas-%d-%d", r, i)), servers[i].URL, p.drawn)
			if err != nil {
				return fmt.Errorf("%s, round %d: %w", p.name, r+1, err)
			}
			if err := checkFetched(p, resources); err != nil {
				return err
			}
			var sent, decoded float64
			for _, res := range resources {
				sent += res.Encoded
				decoded += res.Decoded
			}
			fmt.Printf("# round %d, %s: first frame %.0f ms after the navigation; %d responses, %.0f B sent (%.0f B decoded)\n", r+1, p.name, ms, len(resources), sent, decoded)
			times[i] = append(times[i], ms)
		}
	}
	for i, p := range programs {
		fmt.Printf("BenchmarkTimeToCanvas/%s %d %.1f ms %.1f min-ms %.1f max-ms\n", p.name, rounds, median(times[i]), slices.Min(times[i]), slices.Max(times[i]))
	}
	return nil
}

// timeToCanvas opens url in a fresh headless Chromium with profile as its
// profile directory and returns the milliseconds from the navigation to the
// program's first frame reporting status drawn, and what the page had
// received by then.
func timeToCanvas(chromium, profile, url, drawn string) (float64, []browser.Resource, error) {
	ctx, cancel := context.WithTimeout(context.Background(), canvasTimeout+time.Minute)
	defer cancel()
	if err := os.MkdirAll(profile, 0o755); err != nil {
		return 0, nil, fmt.Errorf("making a browser profile: %w", err)
	}
	tab, closeBrowser, err := browser.Start(ctx, chromium, browser.Options{Width: width, Height: height, UserDataDir: profile})
	if err != nil {
		return 0, nil, err
	}
	defer closeBrowser()
	if err := browser.OnNewDocument(tab, fmt.Sprintf(firstFrameScript, drawn)); err != nil {
		return 0, nil, err
	}
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return 0, nil, fmt.Errorf("opening %s: %w", url, err)
	}
	deadline := time.Now().Add(canvasTimeout)
	for {
		ms, err := chromedp.Run(tab, chromedp.Evaluate[float64](`window.benchFirstFrame || -1`))
		if err != nil {
			return 0, nil, fmt.Errorf("reading the first frame's time: %w", err)
		}
		if ms >= 0 {
			resources, err := browser.Resources(tab)
			return ms, resources, err
		}
		state, err := browser.ReadState(tab)
		if err != nil {
			return 0, nil, err
		}
		if state.Loader != "" {
			return 0, nil, fmt.Errorf("the page shows a failure instead of drawing: %q", state.Loader)
		}
		if time.Now().After(deadline) {
			return 0, nil, fmt.Errorf("no frame with status %q after %v (%d frames, status %q; loader says %q)", drawn, canvasTimeout, state.Frames, state.Status, state.LoaderStatus)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// checkFetched fails when the page received a file that p's site does not
// hold: the page's download size is the sum of the site's files. The
// browser asks for favicon.ico on its own; when the site has none, that is
// a 404 of a few bytes, not part of the page.
func checkFetched(p *program, resources []browser.Resource) error {
	files, err := siteFiles(p.site)
	if err != nil {
		return err
	}
	for _, r := range resources {
		name := r.Name()
		if name == "" {
			name = "index.html"
		}
		if name == "favicon.ico" && !slices.Contains(files, name) {
			continue
		}
		if !slices.Contains(files, name) {
			return fmt.Errorf("%s's page fetched %s, which is not in its site %s: make bench's page size would leave it out", p.name, r.URL, p.site)
		}
	}
	return nil
}

// median returns the middle of xs (the mean of the two middle ones for an
// even count); xs must not be empty.
func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
