//go:build !js

package main

import "testing"

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
