package explorer_test

import (
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// unframed returns a window that has drawn no frame yet: the explorer
// does not know its screen.
func unframed(t *testing.T, w, h int, ratio float32) *window {
	t.Helper()
	win := newWindow(t, w, h, ratio)
	c := config(t)
	c.Scene = func(p geom.Proportions) view.Scene { return win.r.Scene(p) }
	ex, err := explorer.New(c)
	if err != nil {
		t.Fatal(err)
	}
	win.ex, win.version = ex, 0
	win.r.SetOverlay(nil)
	return win
}

// TestFirstFrameIsFramed: the very first frame on a phone held upright
// shows the first view fitted to its screen, not the default camera with
// the fitted view a tick later (a jump as the page opens); on every screen
// the first frame's camera is the tenth's.
func TestFirstFrameIsFramed(t *testing.T) {
	for _, s := range screens {
		w := unframed(t, s.w, s.h, s.ratio)
		first := w.ex.Frame(s.w, s.h, s.ratio).Camera
		if s.w < s.h && first == view.DefaultCamera() {
			t.Errorf("%s: the first frame shows the default camera, not the view fitted to the phone", s.name)
		}
		w.ticks(9)
		if tenth := w.ex.Frame(s.w, s.h, s.ratio).Camera; tenth != first {
			t.Errorf("%s: the first frame's camera %+v, the tenth's %+v", s.name, first, tenth)
		}
	}
}

// TestUnusableLinkOpensFirstView: a link holding a camera inside the
// model opens the first view fitted to the screen (on a phone, not the
// default camera, too far or too close there), whether it opens before
// the first frame or after it.
func TestUnusableLinkOpensFirstView(t *testing.T) {
	const bad = "mode=explore&cam=0,-89,45,0,-45,-80"
	for _, s := range []struct {
		name  string
		w, h  int
		ratio float32
	}{{"390x844@3", 1170, 2532, 3}, {"1920x1080", 1920, 1080, 1}} {
		want := newWindow(t, s.w, s.h, s.ratio).ex.Camera()
		for _, before := range []bool{false, true} {
			w := unframed(t, s.w, s.h, s.ratio)
			if !before {
				w.ex.Frame(s.w, s.h, s.ratio)
				w.ticks(1)
			}
			if notes := w.ex.Open(bad); len(notes) != 0 {
				t.Errorf("%s: notes %v", s.name, notes)
			}
			w.follow()
			if before {
				w.ex.Frame(s.w, s.h, s.ratio)
			}
			if got := w.ex.Camera(); got != want {
				t.Errorf("%s, opened before the first frame %v: camera %+v, want the first view %+v", s.name, before, got, want)
			}
			w.ticks(view.MoveTicks + 1)
			if got := w.ex.Camera(); got != want {
				t.Errorf("%s, opened before the first frame %v: the camera moved to %+v after the link opened", s.name, before, got)
			}
		}
	}
}

// TestLinkFramedForItsScreen: a link without a camera (a lesion, a
// section) opened before the first frame, as the page opens its own
// link, is framed for the screen that frame tells, not for the common
// screen framing assumes before it: its camera, settled, is the one the
// same link opened after the first frame settles on. A section is aimed
// as it opens, no move seen; lesions are flown to from the first view, as
// a click frames them (frameLinkedLesions).
func TestLinkFramedForItsScreen(t *testing.T) {
	for _, link := range []string{"mode=lesion&preset=weber", "mode=explore&section=pons"} {
		for _, s := range []struct {
			name  string
			w, h  int
			ratio float32
		}{{"390x844@3", 1170, 2532, 3}, {"1920x1080", 1920, 1080, 1}} {
			after := newWindow(t, s.w, s.h, s.ratio)
			if notes := after.ex.Open(link); len(notes) != 0 {
				t.Fatalf("%s: notes %v", link, notes)
			}
			after.follow()
			after.ticks(view.MoveTicks + 2)
			want := after.ex.Camera()

			w := unframed(t, s.w, s.h, s.ratio)
			w.ex.Open(link)
			w.follow()
			first := w.ex.Frame(s.w, s.h, s.ratio).Camera
			w.ticks(view.MoveTicks + 2)
			if got := w.ex.Camera(); !near(got, want) {
				t.Errorf("%s on %s, opened before the first frame: camera %+v, want %+v as opened after it", link, s.name, got, want)
			}
			if got := w.ex.Camera(); strings.Contains(link, "section") && !near(got, first) {
				t.Errorf("%s on %s, opened before the first frame: the first frame's camera %+v moved to %+v", link, s.name, first, got)
			}
		}
	}
}

// near reports whether two cameras frame alike: within a tenth of a
// millimetre and a hundredth of a degree.
func near(a, b view.Camera) bool {
	d := a.Target.Sub(b.Target).Len()
	return d < 0.1 && math.Abs(float64(a.Distance-b.Distance)) < 0.1 &&
		math.Abs(float64(a.Yaw-b.Yaw)) < 2e-4 && math.Abs(float64(a.Pitch-b.Pitch)) < 2e-4
}

// TestLinkWithoutCameraOpensFirstView: a link that names no camera,
// opened while the page runs (the address's fragment changed), shows the
// first view fitted to the screen, as the page opened with it does: on a
// phone held upright, not the default camera with the top empty.
func TestLinkWithoutCameraOpensFirstView(t *testing.T) {
	for _, s := range []struct {
		name  string
		w, h  int
		ratio float32
	}{{"390x844@2", 780, 1688, 2}, {"1280x720", 1280, 720, 1}} {
		w := newWindow(t, s.w, s.h, s.ratio)
		want := w.ex.Camera()
		w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: view.DefaultCamera()})
		w.ticks(1)
		if notes := w.ex.Open("mode=explore"); len(notes) != 0 {
			t.Fatalf("%s: notes %v", s.name, notes)
		}
		w.follow()
		w.ticks(view.MoveTicks + 1)
		if got := w.ex.Camera(); !near(got, want) {
			t.Errorf("%s: a link without a camera shows %+v, want the first view %+v", s.name, got, want)
		}
	}
}
