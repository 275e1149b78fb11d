//go:build !js

package main

import (
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// soakLink is what the soak opens: lesion mode with a lesion placed, so
// that the report, the patient and the cut fibres are drawn every frame
// while the model turns (issue 14 measured the growth there).
const soakLink = "#mode=lesion&lesion=internal_capsule.posterior_limb:L"

// memorySample is the page's memory at a moment of the soak.
type memorySample struct {
	// minutes since the orbit began; frames the frames drawn by then.
	minutes float64
	frames  float64
	// wasm is the WebAssembly memory's size: it only grows, so it is the
	// Go heap's high-water mark. lastGC is what the Go heap held live at
	// its last collection, which may be minutes old; heap is what it holds
	// live now, after a collection the soak asks for (fresh), or lastGC
	// when it asked for none. js is the JavaScript heap in use.
	wasm, lastGC, heap, js float64
	fresh                  bool
}

// freshEvery is how often the soak collects the page's Go heap to read
// what is live (goCollect): a collection it forces shortens the heap's
// cycle, and so the WebAssembly memory's growth the soak measures, so it
// asks for one a minute, rarer than the page's own at 60 frames a second
// (every few seconds), and at the soak's start and end.
const freshEvery = time.Minute

// reportSoak opens the explorer in headless Chromium at 1280×720 in lesion
// mode, shows the model still from every side (warmUp), then orbits it
// for d, samples the memory every interval (the live heap current once a
// minute, see freshEvery), and
// prints the samples, the growth over the soak's second half (the start's
// own allocations done) per minute and per 1,000 frames, and what an hour
// at 60 frames a second would reach at that rate (an upper bound: a
// WebAssembly memory grows in steps, and the page's soft memory limit,
// cmd/decussate's memoryLimitFor, caps it), with the Go heap live at the
// end, at most over the second half and its growth per 1,000 frames there
// (from the samples with a current live heap), which tells a leak from
// steps:
//
//	BenchmarkSoakMemory/decussate 1 45.50 wasm-MiB 0.743 wasm-MiB/min 1.3101 wasm-MiB/kframe 325.3 hour-wasm-MiB 16.79 live-MiB 16.79 live-max-MiB 0.0012 live-MiB/kframe 1.60 js-MiB 0.010 js-MiB/min 5.0 soak-min
func reportSoak(root, tmp, site string, d, interval time.Duration) error {
	chromium, err := browser.FindChromium()
	if err != nil {
		fmt.Printf("memory soak: skipped: %v\n", err)
		return nil
	}
	cli, err := browser.BuildCLI(root, tmp)
	if err != nil {
		return err
	}
	server, err := browser.Serve(cli, site)
	if err != nil {
		return err
	}
	defer server.Close()
	// The warm-up shows about fifty still frames: minutes on a loaded
	// machine drawing a few frames a second.
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute+2*d)
	defer cancel()
	profile := filepath.Join(tmp, "profile-soak")
	if err := os.MkdirAll(profile, 0o755); err != nil {
		return fmt.Errorf("making a browser profile: %w", err)
	}
	tab, closeBrowser, err := browser.Start(ctx, chromium, browser.Options{Width: width, Height: height, UserDataDir: profile})
	if err != nil {
		return err
	}
	defer closeBrowser()
	if err := chromedp.Do(tab, chromedp.Navigate(server.URL+soakLink)); err != nil {
		return fmt.Errorf("opening %s: %w", server.URL, err)
	}
	if _, err := browser.WaitFrames(tab, 5, 90*time.Second); err != nil {
		return err
	}
	warm := time.Now()
	stills, err := warmUp(tab)
	if err != nil {
		return fmt.Errorf("warming the soak up: %w", err)
	}
	fmt.Printf("# soak: warmed up in %.0f s, %d still frames from every side\n", time.Since(warm).Seconds(), stills)
	var samples []memorySample
	start := time.Now()
	lastFresh := time.Duration(-1)
	for {
		since := time.Since(start)
		fresh := lastFresh < 0 || since-lastFresh >= freshEvery-interval/2 || since >= d
		if fresh {
			lastFresh = since
		}
		s, err := sampleMemory(tab, fresh)
		if err != nil {
			return err
		}
		s.minutes = time.Since(start).Minutes()
		state, err := browser.ReadState(tab)
		if err != nil {
			return err
		}
		if state.Loader != "" {
			return fmt.Errorf("the page failed during the soak: %q", state.Loader)
		}
		s.frames = float64(state.Frames)
		samples = append(samples, s)
		now := "         "
		if s.fresh {
			now = fmt.Sprintf("(%6.2f now)", s.heap)
		}
		fmt.Printf("# soak %5.2f min, %6d frames: wasm memory %7.2f MiB, Go heap live %6.2f MiB at its last collection %s, JS heap %6.2f MiB\n", s.minutes, state.Frames, s.wasm, s.lastGC, now, s.js)
		if time.Since(start) >= d {
			break
		}
		if err := browser.Orbit(tab, image.Pt(width/2, height/2), 150, 16*time.Millisecond, min(interval, d-time.Since(start))); err != nil {
			return err
		}
		// Every sample is of a still frame, as the first is: what the Go
		// heap holds live differs by up to 0.7 MiB with the frame drawn,
		// moving or still (19.3 to 20.0 MiB at the page's own
		// collections; 19.38 to 19.39 MiB read still, a minute apart).
		if err := waitStill(tab); err != nil {
			return err
		}
	}
	last := samples[len(samples)-1]
	// The start allocates (the model, Ebiten's buffers growing to the
	// largest frame's size); what counts is the growth after it: over the
	// soak's second half, and never its first minute. The live heap counts
	// where it was read current.
	var settled, settledFresh []memorySample
	for _, s := range samples {
		if s.minutes >= max(1, last.minutes/2) {
			settled = append(settled, s)
			if s.fresh {
				settledFresh = append(settledFresh, s)
			}
		}
	}
	minute := func(s memorySample) float64 { return s.minutes }
	frame := func(s memorySample) float64 { return s.frames }
	wasm := func(s memorySample) float64 { return s.wasm }
	js := func(s memorySample) float64 { return s.js }
	goHeap := func(s memorySample) float64 { return s.heap }
	wasmRate := slope(settled, minute, wasm)
	jsRate := slope(settled, minute, js)
	// Growth comes with frames, not minutes: a loaded machine draws few.
	// The hour is estimated at 60 frames a second, the most a page draws.
	perFrame := max(0, slope(settled, frame, wasm))
	hour := last.wasm + perFrame*max(0, 60*60*60-last.frames)
	fmt.Printf("# soak: %.0f frames in %.1f min (%.1f frames/s); over its second half, per 1,000 frames: wasm memory %+.4f MiB, Go heap live %+.4f MiB\n",
		last.frames-samples[0].frames, last.minutes, (last.frames-samples[0].frames)/(last.minutes*60), perFrame*1000, 1000*slope(settledFresh, frame, goHeap))
	fmt.Printf("BenchmarkSoakMemory/decussate 1 %.2f wasm-MiB %.3f wasm-MiB/min %.4f wasm-MiB/kframe %.1f hour-wasm-MiB %.2f live-MiB %.2f live-max-MiB %.4f live-MiB/kframe %.2f js-MiB %.3f js-MiB/min %.1f soak-min\n",
		last.wasm, wasmRate, perFrame*1000, hour, last.heap, maxOf(settledFresh, goHeap), 1000*slope(settledFresh, frame, goHeap), last.js, jsRate, last.minutes)
	return nil
}

// sampleMemory reads the page's WebAssembly memory (the loader keeps it as
// window.decussateMemory) and its JavaScript heap, after a collection so
// that garbage not yet collected does not count, and the Go heap live at
// its last collection; when fresh, it then has the Go heap collected and
// reads what is live after it (goCollect), all in MiB.
func sampleMemory(tab context.Context, fresh bool) (memorySample, error) {
	if _, err := chromedp.Call(tab, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
		return memorySample{}, fmt.Errorf("collecting the page's garbage: %w", err)
	}
	heap, err := chromedp.Call(tab, runtime.GetHeapUsage, cdp.Empty{})
	if err != nil {
		return memorySample{}, fmt.Errorf("reading the page's heap: %w", err)
	}
	wasm, err := chromedp.Run(tab, chromedp.Evaluate[float64](`window.decussateMemory ? window.decussateMemory.buffer.byteLength : -1`))
	if err != nil {
		return memorySample{}, fmt.Errorf("reading the WebAssembly memory: %w", err)
	}
	if wasm < 0 {
		return memorySample{}, fmt.Errorf("the page does not show its WebAssembly memory (window.decussateMemory): an old build? run make web")
	}
	goHeap, err := chromedp.Run(tab, chromedp.Evaluate[float64](`window.decussate && window.decussate.goHeap ? window.decussate.goHeap() : -1`))
	if err != nil {
		return memorySample{}, fmt.Errorf("reading the Go heap: %w", err)
	}
	const mib = 1 << 20
	s := memorySample{wasm: wasm / mib, lastGC: goHeap / mib, heap: goHeap / mib, js: heap.UsedSize / mib, fresh: fresh}
	if !fresh {
		return s, nil
	}
	now, err := chromedp.Run(tab, chromedp.Evaluate[float64](`window.decussate && window.decussate.goCollect ? window.decussate.goCollect() : -1`))
	if err != nil {
		return memorySample{}, fmt.Errorf("collecting the Go heap: %w", err)
	}
	if now < 0 {
		return memorySample{}, fmt.Errorf("the page cannot collect its Go heap (window.decussate.goCollect): an old build? run make web")
	}
	s.heap = now / mib
	return s, nil
}

// slope returns the least-squares slope of y over x across samples, 0 for
// fewer than two.
func slope(samples []memorySample, x, y func(memorySample) float64) float64 {
	n := float64(len(samples))
	if n < 2 {
		return 0
	}
	var sx, sy, sxx, sxy float64
	for _, s := range samples {
		sx += x(s)
		sy += y(s)
		sxx += x(s) * x(s)
		sxy += x(s) * y(s)
	}
	den := n*sxx - sx*sx
	if den == 0 {
		return 0
	}
	return (n*sxy - sx*sy) / den
}

// maxOf returns the largest f over samples.
func maxOf(samples []memorySample, f func(memorySample) float64) float64 {
	m := 0.0
	for _, s := range samples {
		m = max(m, f(s))
	}
	return m
}
