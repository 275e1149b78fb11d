//go:build !js

package browsertest

import (
	"image"
	"math"
	"testing"
	"time"

	"github.com/decussate/decussate/internal/browser"
)

// TestTapOnButtonKeepsCamera: on a phone by touch, a tap that slips a few
// pixels on a toolbar button (lesion mode's Acute) presses it and leaves
// the model as it was: a finger on a panel or a button never turns it.
func TestTapOnButtonKeepsCamera(t *testing.T) {
	const w, h = 390, 844
	tab, closeTab := openDeviceClosable(t, w, h, 3, true)
	defer closeTab()
	tapBox(t, tab, "tool-menu")
	tapBox(t, tab, "tool-lesion")
	settleCamera(t, tab)
	b, ok := find(readBoxes(t, tab), "tool-phase")
	if !ok {
		saveShot(t, tab, "no-tool-phase")
		t.Fatal("no Acute button in lesion mode on the phone")
	}
	before := readCamera(t, tab)
	from := b.centre()
	slip := from.Add(image.Pt(7, 3))
	if err := browser.TouchMove(tab, []image.Point{from}, []image.Point{slip}, 6, 150*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	after := readCamera(t, tab)
	yaw, pitch := angleDiff(before.Yaw, after.Yaw), angleDiff(before.Pitch, after.Pitch)
	if math.Abs(yaw) > 0.01 || math.Abs(pitch) > 0.01 || math.Abs(after.Distance-before.Distance) > 0.01 {
		t.Errorf("a slipping tap on Acute moved the camera: yaw %.2f° pitch %.2f°, distance %.0f → %.0f mm",
			yaw, pitch, before.Distance, after.Distance)
	}
}

// TestWheelOnPanelKeepsCamera: on a laptop in lesion mode, a wheel notch
// over the report leaves the model's zoom alone, while one over the model
// still zooms it.
func TestWheelOnPanelKeepsCamera(t *testing.T) {
	const w, h = 1280, 720
	tab, closeTab := openDeviceClosable(t, w, h, 1, false)
	defer closeTab()
	if err := browser.Press(tab, "e", "KeyE", 69, 100*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	// Lesion mode frames the brain: wait for its report, then for the
	// camera to stop.
	_, ok := find(readBoxes(t, tab), "report")
	for try := 0; !ok && try < 20; try++ {
		time.Sleep(250 * time.Millisecond)
		_, ok = find(readBoxes(t, tab), "report")
	}
	settleCamera(t, tab)
	b, ok := find(readBoxes(t, tab), "report")
	if !ok {
		saveShot(t, tab, "no-report")
		t.Fatal("no report panel in lesion mode")
	}
	// A person's wheel turns where their mouse is.
	if err := browser.Hover(tab, b.centre()); err != nil {
		t.Fatal(err)
	}
	before := readCamera(t, tab)
	if err := browser.Wheel(tab, b.centre(), 100); err != nil {
		t.Fatal(err)
	}
	after := readCamera(t, tab)
	if math.Abs(after.Distance-before.Distance) > 0.01 {
		t.Errorf("a wheel notch over the report zoomed the model: distance %.0f → %.0f mm", before.Distance, after.Distance)
	}
	if err := browser.Hover(tab, image.Pt(w/2, h/3)); err != nil {
		t.Fatal(err)
	}
	if err := browser.Wheel(tab, image.Pt(w/2, h/3), 100); err != nil {
		t.Fatal(err)
	}
	if model := readCamera(t, tab); model.Distance <= after.Distance {
		t.Errorf("a wheel notch over the model did not zoom out: distance %.0f → %.0f mm", after.Distance, model.Distance)
	}
}

// TestWheelScrollsClassicList: in presenter mode on a laptop, the list of
// classic lesions opened by keys (P, E, /) scrolls under real wheel
// events over it, the mouse never moved there first, and the model's
// zoom stays.
func TestWheelScrollsClassicList(t *testing.T) {
	const w, h = 1280, 720
	tab, closeTab := openDeviceClosable(t, w, h, 1, false)
	defer closeTab()
	for _, k := range []struct {
		key, code string
		kc        int64
	}{{"p", "KeyP", 80}, {"e", "KeyE", 69}, {"/", "Slash", 191}} {
		if err := browser.Press(tab, k.key, k.code, k.kc, 100*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond)
	}
	_, ok := find(readBoxes(t, tab), "picker")
	for try := 0; !ok && try < 20; try++ {
		time.Sleep(250 * time.Millisecond)
		_, ok = find(readBoxes(t, tab), "picker")
	}
	settleCamera(t, tab)
	picker, rows, _ := listRows(t, tab)
	if len(rows) == 0 {
		saveShot(t, tab, "wheel-no-rows")
		t.Fatal("no rows in the list of classic lesions")
	}
	first := rows[0].Text
	before := readCamera(t, tab)
	for range 10 {
		if err := browser.Wheel(tab, picker.centre(), 200); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(300 * time.Millisecond)
	after := readCamera(t, tab)
	if math.Abs(after.Distance-before.Distance) > 0.01 {
		t.Errorf("ten wheel notches over the list zoomed the model: distance %.0f → %.0f mm", before.Distance, after.Distance)
	}
	if _, rows, _ = listRows(t, tab); len(rows) == 0 || rows[0].Text == first {
		saveShot(t, tab, "wheel-list-unmoved")
		t.Errorf("ten wheel notches over the list left it at %q", first)
	}
}
