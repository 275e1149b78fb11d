package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// desktopBin is the program built once for the tests that run it.
var desktopBin struct {
	once sync.Once
	path string
	err  error
}

// TestMain removes the program the tests built.
func TestMain(m *testing.M) {
	code := m.Run()
	if desktopBin.path != "" {
		os.RemoveAll(filepath.Dir(desktopBin.path))
	}
	os.Exit(code)
}

// buildDesktop builds the program, once.
func buildDesktop(t *testing.T) string {
	t.Helper()
	desktopBin.once.Do(func() {
		dir, err := os.MkdirTemp("", "decussate-test")
		if err != nil {
			desktopBin.err = err
			return
		}
		desktopBin.path = filepath.Join(dir, "decussate")
		if out, err := exec.Command("go", "build", "-o", desktopBin.path, ".").CombinedOutput(); err != nil {
			desktopBin.err = fmt.Errorf("building: %v\n%s", err, out)
		}
	})
	if desktopBin.err != nil {
		t.Fatal(desktopBin.err)
	}
	return desktopBin.path
}

// withDisplay returns the environment without DISPLAY and
// WAYLAND_DISPLAY, then with DISPLAY set to display unless it is "".
func withDisplay(display string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DISPLAY=") && !strings.HasPrefix(kv, "WAYLAND_DISPLAY=") {
			env = append(env, kv)
		}
	}
	if display != "" {
		env = append(env, "DISPLAY="+display)
	}
	return env
}

// TestCommandLineBeforeDisplay: the command line is answered before
// anything needs a display: --help prints the usage and exits 0, a bad
// flag the usage and 2, and with no display (DISPLAY unset, or naming no
// running X server, here or on another host) the program says so in one
// line naming DISPLAY and exits 1, never with a panic.
func TestCommandLineBeforeDisplay(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no display: make test runs this under xvfb-run (the test binary itself needs one)")
	}
	bin := buildDesktop(t)
	cases := []struct {
		name    string
		display string
		args    []string
		code    int
		want    []string
	}{
		{"--help, no display", "", []string{"--help"}, 0, []string{"Usage: decussate", "-fullscreen", "-state"}},
		{"-h, no display", "", []string{"-h"}, 0, []string{"Usage: decussate"}},
		{"--help, a display", os.Getenv("DISPLAY"), []string{"--help"}, 0, []string{"Usage: decussate"}},
		{"a bad flag", "", []string{"-fulscreen"}, 2, []string{"-fulscreen", "Usage: decussate"}},
		{"no display", "", nil, 1, []string{"DISPLAY is not set", "xvfb-run"}},
		{"a display no server answers", ":987", nil, 1, []string{"DISPLAY=:987"}},
		// On another host: unreachable, or (behind a proxy that takes
		// every connection) not an X server. Ebiten's init panicked.
		{"a display on a host no X server answers on", "10.255.255.1:0", nil, 1, []string{"DISPLAY=10.255.255.1:0"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, c.args...)
			cmd.Env = withDisplay(c.display)
			out, err := cmd.CombinedOutput()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.code {
				t.Errorf("exit status %d, want %d:\n%s", code, c.code, out)
			}
			if bytes.Contains(out, []byte("panic")) || bytes.Contains(out, []byte("goroutine ")) {
				t.Errorf("it panicked:\n%s", out)
			}
			for _, w := range c.want {
				if !bytes.Contains(out, []byte(w)) {
					t.Errorf("the output does not say %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestWindowSize: the first window is the preferred 1280 × 800 where the
// monitor holds it with room for a title bar and a task bar, and smaller
// where it does not.
func TestWindowSize(t *testing.T) {
	cases := []struct{ mw, mh, w, h int }{
		{0, 0, 1280, 800},       // monitor unknown
		{1920, 1080, 1280, 800}, // a laptop's or a projector's full HD
		{2560, 1600, 1280, 800},
		{1280, 720, 1232, 608}, // a 720p projector: the toolbar stays on screen
		{1366, 768, 1280, 656},
		{1280, 800, 1232, 688},
		{300, 200, 480, 360}, // a monitor reporting nonsense keeps a usable window
	}
	for _, c := range cases {
		if w, h := windowSize(c.mw, c.mh); w != c.w || h != c.h {
			t.Errorf("monitor %d×%d: window %d×%d, want %d×%d", c.mw, c.mh, w, h, c.w, c.h)
		}
		if c.mw > 0 && c.mw >= leastW+marginW {
			if w, h := windowSize(c.mw, c.mh); w > c.mw || h > c.mh {
				t.Errorf("monitor %d×%d: window %d×%d does not fit", c.mw, c.mh, w, h)
			}
		}
	}
}

// TestToolbarOnA720Screen runs the program on a 1280 × 720 virtual screen
// of its own, with no window manager, in a window and full screen: the
// toolbar's buttons are on screen in both (a 1280 × 800 window hid them,
// and full screen was undone on the first tick). The screen is read from
// Xvfb's frame buffer file.
func TestToolbarOnA720Screen(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no display: make test runs this under xvfb-run (the test binary itself needs one)")
	}
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("no Xvfb: .ci/deps.sh installs it")
	}
	bin := buildDesktop(t)
	for _, args := range [][]string{nil, {"-fullscreen"}} {
		t.Run(strings.Join(append([]string{"window"}, args...), " "), func(t *testing.T) {
			display, fb := startXvfb(t, 1280, 720)
			ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, args...)
			cmd.Env = withDisplay(display)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
			// The toolbar comes a frame after the model; wait for it, up
			// to a limit that detects a hang (not a speed test).
			var buttons int
			for deadline := time.Now().Add(40 * time.Second); time.Now().Before(deadline); {
				time.Sleep(time.Second)
				if ctx.Err() != nil {
					break
				}
				px, w, h, err := readXWD(fb)
				if err != nil {
					continue // Xvfb may be writing it
				}
				if buttons = countColour(px, w, h, [3]uint8{45, 54, 66}, 4); buttons > 8000 {
					break
				}
			}
			if buttons <= 8000 {
				t.Errorf("%d pixels of the toolbar's buttons on the 1280×720 screen, want more than 8000 (a row of them); stderr:\n%s", buttons, stderr.String())
			}
		})
	}
}

// startXvfb starts a virtual screen of w × h for the test and returns its
// DISPLAY and its frame buffer file.
func startXvfb(t *testing.T, w, h int) (display, fb string) {
	t.Helper()
	dir := t.TempDir()
	r, wr, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", fmt.Sprintf("%dx%dx24", w, h), "-fbdir", dir, "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{wr}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	wr.Close()
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	line := make(chan string, 1)
	go func() {
		s, _ := bufio.NewReader(r).ReadString('\n')
		line <- strings.TrimSpace(s)
	}()
	select {
	case n := <-line:
		if n == "" {
			t.Fatal("Xvfb did not say its display")
		}
		return ":" + n, filepath.Join(dir, "Xvfb_screen0")
	case <-time.After(30 * time.Second):
		t.Fatal("Xvfb did not start")
	}
	return "", ""
}

// readXWD reads a 32-bit XWD frame buffer (Xvfb's -fbdir file) into RGB
// triples.
func readXWD(path string) (px []uint8, w, h int, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, 0, err
	}
	if len(b) < 100 {
		return nil, 0, 0, fmt.Errorf("%s: short header", path)
	}
	u := func(i int) int { return int(binary.BigEndian.Uint32(b[4*i:])) }
	header, w, h, bpp, bpl, ncolours := u(0), u(4), u(5), u(11), u(12), u(19)
	if bpp != 32 {
		return nil, 0, 0, fmt.Errorf("%s: %d bits a pixel, want 32", path, bpp)
	}
	off := header + 12*ncolours
	if len(b) < off+h*bpl {
		return nil, 0, 0, fmt.Errorf("%s: short", path)
	}
	px = make([]uint8, 0, 3*w*h)
	for y := range h {
		row := b[off+y*bpl:]
		for x := range w {
			px = append(px, row[4*x+2], row[4*x+1], row[4*x]) // stored B, G, R, X
		}
	}
	return px, w, h, nil
}

// countColour counts the pixels within tol of c in each channel.
func countColour(px []uint8, w, h int, c [3]uint8, tol int) int {
	n := 0
	for i := 0; i+2 < len(px) && i < 3*w*h; i += 3 {
		ok := true
		for k := range 3 {
			if d := int(px[i+k]) - int(c[k]); d > tol || d < -tol {
				ok = false
			}
		}
		if ok {
			n++
		}
	}
	return n
}
