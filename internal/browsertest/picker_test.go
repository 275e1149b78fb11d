//go:build !js

package browsertest

import (
	"context"
	"image"
	"math"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/decussate/decussate/internal/browser"
)

// keyWords finds words on the screen that tell a finger to press a key.
var keyWords = regexp.MustCompile(`\b(Esc|Enter|Page Up|Page Down|Shift|Tab|Delete|keys?)\b|(^|[\s(·])[A-Z?/](:| gives| asks)|with /|or /\)|↑ ↓`)

// tapBox taps the middle of the box id on the screen, failing the test
// when there is none.
func tapBox(t *testing.T, tab context.Context, id string) {
	t.Helper()
	// The page publishes its boxes only while the camera is still: after
	// a tap that moves it (lesion mode frames the model), wait.
	b, ok := find(readBoxes(t, tab), id)
	for try := 0; !ok && try < 20; try++ {
		time.Sleep(250 * time.Millisecond)
		b, ok = find(readBoxes(t, tab), id)
	}
	if !ok {
		saveShot(t, tab, "no-"+id)
		t.Fatalf("no %s on the screen", id)
	}
	if err := browser.Tap(tab, b.centre(), 80*time.Millisecond); err != nil {
		t.Fatal(err)
	}
}

// tapFirstClassic taps the first row of the open list of classic lesions
// and returns it, failing the test when the list or its rows are missing.
func tapFirstClassic(t *testing.T, tab context.Context) pageBox {
	t.Helper()
	bs := readBoxes(t, tab)
	picker, ok := find(bs, "picker")
	if !ok {
		t.Fatal("tapping Classic lesions showed no list")
	}
	// The first row of the list, under its title.
	var row pageBox
	for _, b := range bs {
		if b.ID == "text" && b.inside(picker) && b.Y > picker.Y+b.H*1.5 {
			row = b
			break
		}
	}
	if row.Text == "" {
		t.Fatal("the list of classic lesions shows no rows")
	}
	if err := browser.Tap(tab, row.centre(), 80*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	return row
}

// listRows returns the rows of the list of classic lesions on the screen,
// top down, and whether its cue says there are more below.
func listRows(t *testing.T, tab context.Context) (pageBox, []pageBox, bool) {
	t.Helper()
	bs := readBoxes(t, tab)
	picker, ok := find(bs, "picker")
	if !ok {
		saveShot(t, tab, "no-picker")
		t.Fatal("no list of classic lesions on the screen")
	}
	var rows []pageBox
	more, cue := false, false
	title := true
	for _, b := range bs {
		if b.ID != "text" || !b.inside(picker) {
			continue
		}
		switch {
		case title:
			title = false // the list's title
		case strings.ContainsAny(b.Text, "▲▼"):
			more = more || strings.Contains(b.Text, "▼")
			cue = true
		case cue || strings.Contains(b.Text, "·"):
			// the list's help, under the cue, on one line or more
		default:
			rows = append(rows, b)
		}
	}
	return picker, rows, more
}

// TestPickerByTouch: on a phone, by touch alone, a student opens the list
// of classic lesions, swipes it to its last row (the model does not turn
// under the finger), and places that row's lesion by a tap; no word on
// the screen names a key.
func TestPickerByTouch(t *testing.T) {
	const w, h = 390, 844
	tab := openDevice(t, w, h, 2, true)
	tapBox(t, tab, "tool-menu")
	tapBox(t, tab, "tool-lesion")
	tapBox(t, tab, "tool-menu")
	tapBox(t, tab, "tool-classic")
	before := readCamera(t, tab)
	picker, rows, more := listRows(t, tab)
	if len(rows) == 0 || !more {
		saveShot(t, tab, "picker-phone")
		t.Fatalf("the list shows %d rows, more below %v", len(rows), more)
	}
	for _, b := range readBoxes(t, tab) {
		if b.Text != "" && keyWords.MatchString(b.Text) {
			t.Errorf("by touch the screen says %q", b.Text)
		}
	}
	first := rows[0].Text
	x := int(picker.X + picker.W/2)
	for swipe := 0; more && swipe < 12; swipe++ {
		from := image.Pt(x, int(picker.Y+picker.H*0.8))
		to := image.Pt(x, int(picker.Y+picker.H*0.2))
		if err := browser.TouchMove(tab, []image.Point{from}, []image.Point{to}, 12, 300*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		_, rows, more = listRows(t, tab)
	}
	saveShot(t, tab, "picker-phone-end")
	if more {
		t.Fatal("twelve swipes did not reach the end of the list")
	}
	if rows[0].Text == first {
		t.Fatalf("swiping did not scroll the list: its first row is still %q", first)
	}
	if after := readCamera(t, tab); angleDiff(after.Yaw, before.Yaw) > 1 || math.Abs(after.Pitch-before.Pitch) > 1 {
		t.Errorf("swiping the list turned the model: yaw %.0f→%.0f°, pitch %.0f→%.0f°", before.Yaw, after.Yaw, before.Pitch, after.Pitch)
	}
	last := rows[len(rows)-1]
	if err := browser.Tap(tab, last.centre(), 80*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	caption := waitCaption(t, tab, func(s string) bool { return s != "" })
	t.Logf("tapping %q, the list's last row, placed it: %q", last.Text, caption)
	if _, ok := find(readBoxes(t, tab), "strip"); !ok {
		// A phone held upright folds the report to a strip.
		t.Error("no report's strip after tapping the list's last row")
	}
}
