//go:build !js

package main

import (
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// The viewport the frame rates are measured at (issue 3: 1280×720).
const width, height = 1280, 720

// reportFrameRates counts each program's frames in headless Chromium while
// the pointer orbits, in rounds that alternate between the programs (and
// their order), so that a machine's drift in speed falls on both alike.
func reportFrameRates(root, tmp string, programs []*program, rounds int, orbit time.Duration) error {
	chromium, err := browser.FindChromium()
	if err != nil {
		fmt.Printf("fps while orbiting: skipped: %v\n", err)
		return nil
	}
	cli, err := browser.BuildCLI(root, tmp)
	if err != nil {
		return err
	}
	servers := make([]*browser.Server, len(programs))
	for i, p := range programs {
		s, err := browser.Serve(cli, p.site)
		if err != nil {
			return err
		}
		defer s.Close()
		servers[i] = s
	}
	frames := make([]int, len(programs))
	seconds := make([]float64, len(programs))
	for r := range rounds {
		for k := range programs {
			// Odd rounds go in the other order.
			i := k
			if r%2 == 1 {
				i = len(programs) - 1 - k
			}
			n, s, cpu, err := countFrames(chromium, filepath.Join(tmp, fmt.Sprintf("profile-%d-%d", r, i)), servers[i].URL, orbit)
			if err != nil {
				return fmt.Errorf("%s, round %d: %w", programs[i].name, r+1, err)
			}
			fmt.Printf("# round %d, %s: %d frames in %.2f s, %.1f frames/s%s\n", r+1, programs[i].name, n, s, float64(n)/s, cpu)
			frames[i] += n
			seconds[i] += s
		}
	}
	for i, p := range programs {
		fmt.Printf("BenchmarkOrbitFPS/%s %d %.2f frames/s\n", p.name, rounds, float64(frames[i])/seconds[i])
	}
	return nil
}

// countFrames opens url in a fresh headless Chromium with profile as its
// profile directory, waits for the program to run, and returns how many
// frames it drew during an orbit of d, the seconds that took by the
// page's clock, and what CPU time the browser's processes spent a frame
// (perFrame; "" where it cannot be read).
func countFrames(chromium, profile, url string, d time.Duration) (int, float64, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute+d)
	defer cancel()
	if err := os.MkdirAll(profile, 0o755); err != nil {
		return 0, 0, "", fmt.Errorf("making a browser profile: %w", err)
	}
	tab, closeBrowser, err := browser.Start(ctx, chromium, browser.Options{Width: width, Height: height, UserDataDir: profile})
	if err != nil {
		return 0, 0, "", err
	}
	defer closeBrowser()
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return 0, 0, "", fmt.Errorf("opening %s: %w", url, err)
	}
	if _, err := browser.WaitFrames(tab, 5, 90*time.Second); err != nil {
		return 0, 0, "", err
	}
	// Let the start settle (shaders compiled, the loader's work and its
	// garbage done) before counting.
	time.Sleep(2 * time.Second)
	before, err := browser.ReadState(tab)
	if err != nil {
		return 0, 0, "", err
	}
	cpuBefore, cpuOK := browserCPU(profile)
	// One move about every frame, as a mouse sends them.
	if err := browser.Orbit(tab, image.Pt(width/2, height/2), 150, 16*time.Millisecond, d); err != nil {
		return 0, 0, "", err
	}
	after, err := browser.ReadState(tab)
	if err != nil {
		return 0, 0, "", err
	}
	cpuAfter, ok := browserCPU(profile)
	cpu := perFrame(cpuBefore, cpuAfter, cpuOK && ok, after.Frames-before.Frames)
	seconds := (after.Now - before.Now) / 1000
	if seconds <= 0 {
		return 0, 0, "", fmt.Errorf("the page's clock did not advance (%.0f ms to %.0f ms)", before.Now, after.Now)
	}
	return after.Frames - before.Frames, seconds, cpu, nil
}
