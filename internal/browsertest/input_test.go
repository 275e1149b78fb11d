//go:build !js

package browsertest

import (
	"context"
	"image"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/decussate/decussate/internal/browser"
)

// camera is window.decussate.camera: degrees and millimetres.
type camera struct {
	Yaw      float64 `json:"yaw"`
	Pitch    float64 `json:"pitch"`
	Distance float64 `json:"distance"`
}

// openDevice opens the explorer in a fresh Chromium as a device: a
// viewport of w × h CSS pixels at a device pixel ratio, with touch or
// without, and waits for the 3D model. The browser closes when the test
// ends, or before with closeDevice.
func openDevice(t *testing.T, w, h int, scale float64, touch bool) context.Context {
	tab, _ := openDeviceClosable(t, w, h, scale, touch)
	return tab
}

// openDeviceClosable is openDevice, returning also the function that
// closes the browser: two software-rendered pages at once would halve
// each one's frame rate on a 2-core machine.
func openDeviceClosable(t *testing.T, w, h int, scale float64, touch bool) (context.Context, func()) {
	t.Helper()
	server, chromium := needSite(t)
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	t.Cleanup(cancel)
	tab, closeBrowser, err := browser.Start(ctx, chromium, browser.Options{
		Width: w, Height: h, Scale: scale, Touch: touch, UserDataDir: t.TempDir(),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeBrowser)
	if err := chromedp.Do(tab, chromedp.Navigate(server.URL)); err != nil {
		t.Fatalf("opening %s: %v", server.URL, err)
	}
	if _, err := browser.WaitStatus(tab, sceneStatus, startTimeout); err != nil {
		t.Fatalf("the explorer never shows its 3D model: %v", err)
	}
	return tab, closeBrowser
}

// readCamera returns the camera after the program has drawn a few frames,
// so that it reflects the input sent before the call.
func readCamera(t *testing.T, tab context.Context) camera {
	t.Helper()
	if _, err := browser.WaitNewFrames(tab, 3, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	c, err := chromedp.Run(tab, chromedp.Evaluate[camera](`window.decussate.camera`))
	if err != nil {
		t.Fatalf("reading the camera: %v", err)
	}
	return c
}

// pickAt hovers the mouse at p and returns the part the explorer names
// under it.
func pickAt(t *testing.T, tab context.Context, p image.Point) string {
	t.Helper()
	if err := browser.Hover(tab, p); err != nil {
		t.Fatal(err)
	}
	s, err := browser.WaitNewFrames(tab, 2, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return s.Pick
}

// grid returns points spread over a w × h viewport, clear of its edges.
func grid(w, h, cols, rows int) []image.Point {
	var pts []image.Point
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			pts = append(pts, image.Pt(w*(2*c+1)/(2*cols), h*(2*r+1)/(2*rows)))
		}
	}
	return pts
}

// angleDiff returns b − a in degrees, wrapped into (−180, 180].
func angleDiff(a, b float64) float64 {
	return math.Remainder(b-a, 360)
}

// TestPointerAtRetina: on a device pixel ratio 2 laptop, hovering names
// the part drawn under the pointer, the same part as at ratio 1 at the
// same CSS point, over the whole screen (the right and bottom halves
// too); one wheel notch zooms one step, a trackpad's small delta a
// little; a drag turns in proportion to its length, from its first pixel.
func TestPointerAtRetina(t *testing.T) {
	// A small laptop window: at ratio 2 SwiftShader draws four times the
	// pixels, and the points compared do not need more.
	const width, height = 800, 450
	one, closeOne := openDeviceClosable(t, width, height, 1, false)
	shot, err := browser.Screenshot(one)
	if err != nil {
		t.Fatal(err)
	}
	// Points on the model, spread over the screen, and a few empty ones.
	points := browser.DrawnPoints(shot, image.Rect(0, 0, width, height*8/10), 4, 40, 24)
	points = append(points, image.Pt(40, 40), image.Pt(width-60, height/2), image.Pt(width/2, height-80))
	want := make([]string, len(points))
	for i, p := range points {
		want[i] = pickAt(t, one, p)
	}
	closeOne()
	tab := openDevice(t, width, height, 2, false)
	same, named, farNamed := 0, 0, 0
	for i, p := range points {
		got := pickAt(t, tab, p)
		if got == want[i] {
			same++
		}
		if want[i] != "" {
			named++
			if got == want[i] && (p.X > width/2 || p.Y > height/2) {
				farNamed++
			}
		}
	}
	t.Logf("ratio 2 named the same part as ratio 1 at %d of %d points (%d named at ratio 1, %d of them in the right or bottom half)", same, len(points), named, farNamed)
	if named < 6 {
		t.Fatalf("only %d of %d points named a part at ratio 1: the test sees too little of the model", named, len(points))
	}
	if same < len(points)*85/100 {
		t.Errorf("at ratio 2 hovering named the same part as at ratio 1 at %d of %d points, want nearly all", same, len(points))
	}
	if farNamed == 0 {
		t.Error("at ratio 2 no point of the right or bottom half named the part drawn there")
	}

	// The wheel: one notch of a mouse (deltaY 100) and a trackpad's 3 px.
	centre := image.Pt(width/2, height/2)
	before := readCamera(t, tab)
	if err := browser.Wheel(tab, centre, 100); err != nil {
		t.Fatal(err)
	}
	after := readCamera(t, tab)
	if r := after.Distance / before.Distance; r < 1.1 || r > 1.34 {
		t.Errorf("one wheel notch out took the distance from %.0f to %.0f mm (×%.2f), want one step of 10–25 %%", before.Distance, after.Distance, r)
	}
	if err := browser.Wheel(tab, centre, -100); err != nil {
		t.Fatal(err)
	}
	back := readCamera(t, tab)
	if r := back.Distance / after.Distance; r < 0.75 || r > 0.91 {
		t.Errorf("one wheel notch in took the distance from %.0f to %.0f mm (×%.2f), want one step of 10–25 %%", after.Distance, back.Distance, r)
	}
	if err := browser.Wheel(tab, centre, -3); err != nil {
		t.Fatal(err)
	}
	pad := readCamera(t, tab)
	if r := pad.Distance / back.Distance; r < 0.98 || r >= 1 {
		t.Errorf("a 3 px trackpad step took the distance from %.0f to %.0f mm (×%.3f), want a small step in", back.Distance, pad.Distance, r)
	}

	// Drags of 10 and 60 CSS pixels across, from the middle.
	turn := func(px int) (yaw, pitch float64) {
		c0 := readCamera(t, tab)
		if err := browser.Drag(tab, centre, centre.Add(image.Pt(px, 0)), max(1, px/5), 300*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		c1 := readCamera(t, tab)
		return angleDiff(c0.Yaw, c1.Yaw), angleDiff(c0.Pitch, c1.Pitch)
	}
	y10, p10 := turn(10)
	y60, p60 := turn(60)
	t.Logf("a 10 px drag turned yaw %.1f° pitch %.1f°; a 60 px drag yaw %.1f° pitch %.1f°", y10, p10, y60, p60)
	if math.Abs(y10) < 0.5 || math.Abs(y10) > 8 {
		t.Errorf("a 10 px drag turned the yaw %.1f°, want a few degrees", y10)
	}
	if r := y60 / y10; r < 4.5 || r > 7.5 {
		t.Errorf("a 60 px drag turned %.1f times as far as a 10 px one, want about 6", r)
	}
	if math.Abs(p10) > 1 || math.Abs(p60) > 1 {
		t.Errorf("horizontal drags turned the pitch %.1f° and %.1f°, want none", p10, p60)
	}
}

// TestTouchOnPhone: on a phone (390 × 844 CSS pixels, ratio 3, touch),
// a 40 px swipe turns the model moderately, a pinch zooms, a tap on the
// precentral gyrus starts a trace, and the menu, lesion mode and the
// classic lesions work by touch alone (phoneByTouchAlone).
func TestTouchOnPhone(t *testing.T) {
	const w, h = 390, 844
	tab := openDevice(t, w, h, 3, true)
	saveShot := func(name string) {
		img, err := browser.Screenshot(tab)
		if err == nil {
			saveScreenshot(t, name, img)
		}
	}
	saveShot("phone-390x844")
	centre := image.Pt(w/2, h/2)
	c0 := readCamera(t, tab)
	swipe := []image.Point{centre.Add(image.Pt(40, 0))}
	if err := browser.TouchMove(tab, []image.Point{centre}, swipe, 8, 300*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	c1 := readCamera(t, tab)
	yaw, pitch := angleDiff(c0.Yaw, c1.Yaw), angleDiff(c0.Pitch, c1.Pitch)
	t.Logf("a 40 px swipe turned yaw %.1f° pitch %.1f°", yaw, pitch)
	if math.Abs(yaw) < 4 || math.Abs(yaw) > 35 {
		t.Errorf("a 40 px swipe turned the yaw %.1f°, want a moderate turn", yaw)
	}
	if math.Abs(pitch) > 3 {
		t.Errorf("a horizontal swipe turned the pitch %.1f°", pitch)
	}

	// Two fingers spreading from 60 to 180 px apart, about the middle.
	from := []image.Point{centre.Add(image.Pt(-30, 0)), centre.Add(image.Pt(30, 0))}
	to := []image.Point{centre.Add(image.Pt(-90, 0)), centre.Add(image.Pt(90, 0))}
	if err := browser.TouchMove(tab, from, to, 10, 400*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	c2 := readCamera(t, tab)
	t.Logf("a pinch apart took the distance from %.0f to %.0f mm", c1.Distance, c2.Distance)
	if r := c2.Distance / c1.Distance; r > 0.6 || r < 0.15 {
		t.Errorf("spreading two fingers threefold took the distance ×%.2f, want about a third", r)
	}
	if math.Abs(angleDiff(c1.Yaw, c2.Yaw)) > 3 {
		t.Errorf("a pinch turned the yaw %.1f°", angleDiff(c1.Yaw, c2.Yaw))
	}

	// A tap on the precentral gyrus traces from it, a double tap does not.
	// The mouse finds it (the page still takes the protocol's mouse
	// moves); the finger taps.
	if err := browser.TouchMove(tab, to, from, 10, 400*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	// The view reset first, so that the double tap on the gyrus below
	// leaves it where it is.
	doubleTap(t, tab, centre)
	settleCamera(t, tab)
	var gyrus image.Point
	found := false
	// The gyrus is on the upper half, where the brain is.
	for _, p := range grid(w, h/2, 8, 8) {
		if strings.Contains(pickAt(t, tab, p), "precentral") {
			gyrus, found = p, true
			break
		}
	}
	if !found {
		saveShot("phone-no-gyrus")
		t.Fatal("no point of the phone's screen shows the precentral gyrus to tap")
	}
	// A double tap there resets the view, and traces nothing: its first
	// tap waits for the second (game/touch.go).
	doubleTap(t, tab, gyrus)
	time.Sleep(time.Second)
	if mode := evalString(t, tab, `window.decussate.mode`); mode != "explore" {
		saveShot("phone-double-tap")
		t.Errorf("a double tap on the precentral gyrus at %v left the explorer in mode %q, want explore (the view reset, no trace)", gyrus, mode)
		tapBox(t, tab, "tool-close")
	}
	if err := browser.Tap(tab, gyrus, 80*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	// The tap clicks once a double tap's time (a third of a second) is
	// past: a few frames, which software drawing on a loaded machine can
	// stretch to seconds at the phone's 1170×2532 pixels.
	mode := evalString(t, tab, `window.decussate.mode`)
	for try := 0; mode != "trace" && try < 40; try++ {
		time.Sleep(250 * time.Millisecond)
		mode = evalString(t, tab, `window.decussate.mode`)
	}
	saveShot("phone-tap-trace")
	if mode != "trace" {
		t.Errorf("a tap on the precentral gyrus at %v left the explorer in mode %q, want a trace", gyrus, mode)
	}
	phoneByTouchAlone(t, tab, w, h)
}

// doubleTap taps p twice, quickly.
func doubleTap(t *testing.T, tab context.Context, p image.Point) {
	t.Helper()
	for range 2 {
		if err := browser.Tap(tab, p, 60*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		time.Sleep(90 * time.Millisecond)
	}
}

// TestEscClosesTopmost: Tab and Enter press the toolbar's first button;
// Esc closes only the topmost thing (the list of controls over lesion
// mode, then lesion mode), a trace's caption goes with its trace, and P
// turns presenter mode on in the middle of a tour.
func TestEscClosesTopmost(t *testing.T) {
	tab := openDevice(t, width, height, 1, false)
	press := keyPresser(t, tab)
	mode := func() string { return evalString(t, tab, `window.decussate.mode`) }
	// A click in an empty corner gives the canvas the keyboard.
	if err := browser.Drag(tab, image.Pt(8, 8), image.Pt(8, 8), 1, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	// Tab reaches the toolbar's first button, Trace; Enter presses it.
	press("Tab", "Tab", 9)
	if m := mode(); m != "explore" {
		t.Fatalf("Tab changed the mode to %q: it should only move the focus", m)
	}
	press("Enter", "Enter", 13)
	if m := mode(); m != "trace" {
		t.Fatalf("Enter on the focused Trace button gave mode %q, want trace", m)
	}
	press("Escape", "Escape", 27)
	press("e", "KeyE", 69)
	if m := mode(); m != "lesion" {
		t.Fatalf("E gave mode %q, want lesion", m)
	}
	if err := browser.PressChar(tab, "?", "Slash", 191, true, 120*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	press("Escape", "Escape", 27)
	if m := mode(); m != "lesion" {
		t.Errorf("Esc with the list of controls open over lesion mode left mode %q, want lesion (only the list closed)", m)
	}
	press("Escape", "Escape", 27)
	if m := mode(); m != "explore" {
		t.Errorf("a second Esc left mode %q, want explore", m)
	}

	press("n", "KeyN", 78)
	waitCaption(t, tab, func(s string) bool { return s != "" })
	press("Escape", "Escape", 27)
	if c := evalString(t, tab, `window.decussate.caption`); c != "" {
		t.Errorf("after Esc ended the trace the caption still reads %q", c)
	}
	img, err := browser.Screenshot(tab)
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, "after-trace-esc", img)

	press("o", "KeyO", 79)
	if m := mode(); m != "tour" {
		t.Fatalf("O gave mode %q, want tour", m)
	}
	corner := func() [3]uint8 {
		img, err := browser.Screenshot(tab)
		if err != nil {
			t.Fatal(err)
		}
		r, g, b, _ := img.At(4, 4).RGBA()
		return [3]uint8{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8)}
	}
	before := corner()
	press("p", "KeyP", 80)
	after := corner()
	if before == after || after != [3]uint8{0, 0, 0} {
		t.Errorf("P in a tour left the background %v (was %v), want presenter mode's black", after, before)
	}
	if m := mode(); m != "tour" {
		t.Errorf("P ended the tour: mode %q", m)
	}
}

// keyPresser returns a function that presses one key on tab, as a person
// does, and waits for the page to draw three frames after it.
func keyPresser(t *testing.T, tab context.Context) func(key, code string, vk int64) {
	return func(key, code string, vk int64) {
		t.Helper()
		if err := browser.Press(tab, key, code, vk, 120*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		if _, err := browser.WaitNewFrames(tab, 3, 10*time.Second); err != nil {
			t.Fatal(err)
		}
	}
}
