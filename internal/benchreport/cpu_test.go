//go:build !js

package main

import (
	"os"
	"testing"

	"github.com/decussate/decussate/internal/browser"
)

// TestPerFrame: the CPU time between two readings is shared out over the
// frames; nothing is printed when the readings failed or no frame was
// drawn.
func TestPerFrame(t *testing.T) {
	before := processCPU{gpu: 1000, renderer: 200}
	after := processCPU{gpu: 3750, renderer: 450}
	for _, c := range []struct {
		name   string
		ok     bool
		frames int
		want   string
	}{
		{"fifty frames", true, 50, "; CPU per frame: GPU process 55.0 ms, renderer 5.0 ms"},
		{"no reading", false, 50, ""},
		{"no frame", true, 0, ""},
	} {
		if got := perFrame(before, after, c.ok, c.frames); got != c.want {
			t.Errorf("%s: perFrame = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestBrowserCPUWithoutBrowser: a profile no running browser uses gives no
// reading rather than a zero one.
func TestBrowserCPUWithoutBrowser(t *testing.T) {
	if _, ok := browserCPU(t.TempDir()); ok {
		t.Error("browserCPU read a browser for a profile no browser uses")
	}
}

// TestBrowserCPUFindsProcesses starts headless Chromium and reads its
// processes' CPU time: the GPU process and the renderer are found under
// the browser, whose command line Chromium rewrites as one string.
func TestBrowserCPUFindsProcesses(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc: the CPU time is not read here")
	}
	chromium, err := browser.FindChromium()
	if err != nil {
		t.Skip(err)
	}
	profile := t.TempDir()
	_, closeBrowser, err := browser.Start(t.Context(), chromium, browser.Options{Width: 320, Height: 240, UserDataDir: profile})
	if err != nil {
		t.Fatal(err)
	}
	defer closeBrowser()
	c, ok := browserCPU(profile)
	if !ok {
		t.Fatal("browserCPU found no browser for the profile of the one just started")
	}
	if c.renderer <= 0 || c.gpu < 0 {
		t.Errorf("browserCPU = %+v: no CPU time for the renderer that started the page", c)
	}
}
