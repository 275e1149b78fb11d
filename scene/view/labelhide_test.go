package view_test

import (
	"slices"
	"testing"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestLabelsHiddenBehindSolidParts: in the opaque look, seen from the
// side, the cortex hides the crus, whose label is left out, while the
// cortex's own stay and the pons's points at what shows of it below the
// temporal lobe (a still and a moving frame); seen from below the brainstem shows and is
// named, and the motor strip on top is not; in the glass look every part
// is named from the side; in the quadrant look from behind a part is not
// named by a point on the cut's edge.
func TestLabelsHiddenBehindSolidParts(t *testing.T) {
	m := testModel(t)
	r := view.NewRenderer(m)
	names := func(view_ string, look geom.Look, moving bool) []string {
		cam := view.DefaultCamera()
		if err := cam.SetView(view_); err != nil {
			t.Fatal(err)
		}
		var dl view.DrawList
		r.Frame(&dl, &cam, 1280, 800, view.FrameOptions{Highlight: -1, Look: look, Labels: true, Moving: moving})
		var out []string
		for _, tx := range dl.Texts {
			out = append(out, tx.S)
		}
		return out
	}
	pons, crus, strip, cortex := m.Mesh("pons").Name, m.Mesh("peduncle.L").Name, m.Mesh("precentral.L").Name, m.Mesh("hemisphere.L").Name
	for _, c := range []struct {
		view        string
		look        geom.Look
		moving      bool
		shown, left []string
	}{
		{"left", geom.Opaque, false, []string{cortex, strip, pons}, []string{crus}},
		{"left", geom.Opaque, true, []string{cortex, strip, pons}, []string{crus}},
		{"left", geom.Glass, false, []string{cortex, strip, pons, crus}, nil},
		{"bottom", geom.Opaque, false, []string{pons}, []string{strip}},
		// The quadrant look from behind cuts the back quarter away: the
		// strip left in front of it lies hidden, and its label is left
		// out rather than pointing at the cut's edge; the cortex's
		// points at what the cut left of it.
		{"back", geom.Quadrant, false, []string{cortex}, []string{strip}},
	} {
		got := names(c.view, c.look, c.moving)
		for _, n := range c.shown {
			if !slices.Contains(got, n) {
				t.Errorf("%s, %s (moving %v): %q is not labelled, want it (labels %q)", c.view, c.look, c.moving, n, got)
			}
		}
		for _, n := range c.left {
			if slices.Contains(got, n) {
				t.Errorf("%s, %s (moving %v): %q is labelled, hidden behind a solid part (labels %q)", c.view, c.look, c.moving, n, got)
			}
		}
	}
}

// BenchmarkFrameLabels draws the full scene at 1920×1080 with labels, the
// camera orbiting, in the glass look and in the opaque look, where
// finding the anchors hidden behind solid parts adds to the frame; and
// the opaque look without labels, to compare.
func BenchmarkFrameLabels(b *testing.B) {
	for _, c := range []struct {
		name   string
		look   geom.Look
		labels bool
	}{
		{"glass", geom.Glass, true},
		{"opaque", geom.Opaque, true},
		{"opaque-unlabelled", geom.Opaque, false},
	} {
		b.Run(c.name, func(b *testing.B) {
			r := view.NewRenderer(testModel(b))
			cam := view.DefaultCamera()
			var dl view.DrawList
			opt := view.FrameOptions{Highlight: -1, Look: c.look, Labels: c.labels}
			r.Frame(&dl, &cam, 1920, 1080, opt)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				cam.Orbit(0.01, 0)
				r.Frame(&dl, &cam, 1920, 1080, opt)
			}
		})
	}
}
