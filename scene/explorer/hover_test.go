package explorer_test

import (
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// hoverAt draws w's frame with camera cam and returns the mesh picked at
// the screen point where atlas point at is drawn, and the point of its
// surface there; ok is false when nothing is drawn there.
func hoverAt(t *testing.T, w *window, cam view.Camera, at mgl32.Vec3) (*geom.Mesh, mgl32.Vec3, bool) {
	t.Helper()
	w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: cam})
	f := w.ex.Frame(w.w, w.h, w.ratio)
	var dl view.DrawList
	c := f.Camera
	w.r.Frame(&dl, &c, w.w, w.h, f.Options)
	x, y, ok := c.Project(geom.Teaching.Warp(at), w.w, w.h)
	if !ok {
		t.Fatalf("%v is not in front of the camera", at)
	}
	mi, pos, ok := w.r.PickPoint(&dl, x, y)
	if !ok {
		return nil, mgl32.Vec3{}, false
	}
	return &w.r.Model().Meshes[mi], pos, true
}

// TestHoverNamesWhatALesionThereDestroys: in lesion mode, hovering a spot
// names it as the report heads the lesion a click there places (its
// Place): the hand knob by its area, the frontal pole by its lobe, the
// pons by its basis and the side a click on its midline means, the cord by
// its tract and level. Outside lesion mode
// it names what a click there traces from (the strip's area, as the trace
// starts from it) or the lobe a click is told it is on, and the rest as
// lesion mode does.
func TestHoverNamesWhatALesionThereDestroys(t *testing.T) {
	deg := float32(math.Pi / 180)
	cases := []struct {
		name       string
		yaw, pitch float32 // degrees
		at         mgl32.Vec3
		want       string // in lesion mode
	}{
		{"hand knob", 90, 35, mgl32.Vec3{-38, -22, 60}, "Left precentral gyrus (hand area)"},
		{"hand knob, its crown", 90, 35, mgl32.Vec3{-40, -16, 60}, "Left precentral gyrus (hand area)"},
		{"leg area", 60, 60, mgl32.Vec3{-5, -30, 72}, "Left paracentral lobule ("},
		{"frontal pole", 20, 5, mgl32.Vec3{-22, 64, 4}, "Left frontal lobe"},
		// On the midline, seen straight on: the side a click there
		// means (explorer.ClickSide), named.
		{"pons", 0, 0, mgl32.Vec3{0, -18, -32}, "Left basis pontis"},
		{"cord", 30, 0, mgl32.Vec3{-2, -43, -140}, "corticospinal tract at C"},
		// The lower pyramid, above the crossing (z -63): its fibres are
		// cut before they cross, not in the decussation.
		{"lower pyramid", 0, 0, mgl32.Vec3{-3, -34, -60}, "Left medullary pyramid"},
		{"crossing", 0, 0, mgl32.Vec3{-1, -38, -65}, "Pyramidal decussation"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newWindow(t, 1440, 900, 2)
			cam := w.ex.Camera()
			cam.Yaw, cam.Pitch, cam.Target, cam.Distance = c.yaw*deg, c.pitch*deg, geom.Teaching.Warp(c.at), 260
			m, pos, ok := hoverAt(t, w, cam, c.at)
			if !ok {
				t.Fatalf("nothing drawn at %v", c.at)
			}
			explore := w.ex.HoverName(m, pos)
			if again := w.ex.HoverName(m, pos); again != explore {
				t.Errorf("a second hover at the same point names %q, the first %q", again, explore)
			}
			// Outside lesion mode: what a click there does.
			if a, traces, _ := w.ex.TraceClick(m.ID, pos); traces && a.Start.Kind == trace.FromArea {
				if ar := config(t).Atlas.Area(a.Start.ID); ar == nil || !strings.Contains(explore, words.AreaAlone(ar)) {
					t.Errorf("hovering %s names %q, but a click there traces from %v", c.name, explore, a.Start)
				}
			}
			if note := w.ex.WhereToTrace(m.ID, pos); note != "" && !strings.Contains(strings.ToLower(note), strings.ToLower(explore)) {
				t.Errorf("hovering %s names %q, but a click there is told %q", c.name, explore, note)
			}
			w.do(t, act(explorer.EnterLesion))
			w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: cam})
			inLesion := w.ex.HoverName(m, pos)
			w.do(t, w.ex.LesionClick(m.ID, pos, false))
			r := w.ex.Report()
			t.Logf("hover on %s (%s): %q, in lesion mode %q; heading %q", m.ID, m.Name, explore, inLesion, r.Title)
			if inLesion != r.Place {
				t.Errorf("hovering %s in lesion mode names %q; the lesion placed there is at %q (%q)", c.name, inLesion, r.Place, r.Title)
			}
			if !strings.Contains(inLesion, c.want) {
				t.Errorf("hovering %s in lesion mode names %q, want it to say %q", c.name, inLesion, c.want)
			}
		})
	}
}

// BenchmarkHoverStill measures the hover's name for a pointer that has not
// moved: a comparison, no allocation.
func BenchmarkHoverStill(b *testing.B) {
	e := newExplorer(b)
	m := &geom.Mesh{ID: "precentral.L", Name: "precentral gyrus (left)", Group: "hemisphere"}
	pos := geom.Teaching.Warp(mgl32.Vec3{-44, -20, 62})
	e.HoverName(m, pos)
	b.ReportAllocs()
	for b.Loop() {
		e.HoverName(m, pos)
	}
}

// TestHoverPartNames: a part named as itself reads as a place, its side
// first, without the course its name's brackets describe.
func TestHoverPartNames(t *testing.T) {
	e := newExplorer(t)
	cases := []struct{ id, name, group, want string }{
		{"nerve.cn11.R", "right spinal accessory nerve (its trunk, from the foramen magnum; the rootlets that form it leave the cord at C1-C5 and ascend beside it)", "nerve", "Right spinal accessory nerve"},
		{"root.C5.L", "left ventral root C5", "root", "Left ventral root C5"},
		{"nerve.x.L", "vagus nerve (left)", "nerve", "Left vagus nerve"},
	}
	for _, c := range cases {
		if got := e.HoverName(&geom.Mesh{ID: c.id, Name: c.name, Group: c.group}, mgl32.Vec3{-20, -45, -200}); got != c.want {
			t.Errorf("hovering %s names %q, want %q", c.id, got, c.want)
		}
	}
}
