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
