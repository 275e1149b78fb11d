package view_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// TestTraceDrawnOnTheSectionsNearSide: with a section at the midbrain
// shown from below and the hand traced, no triangle of the trace's tubes
// lies wholly above the cut (there it ran on behind the cut face, seen
// past the crus's outline) or below its short stub (there it covered the
// face), the tube is drawn where it crosses the cut, and only an action
// potential at the cut is drawn.
func TestTraceDrawnOnTheSectionsNearSide(t *testing.T) {
	a := testatlas.Atlas(t)
	chain, err := trace.Trace(a, trace.Start{Kind: trace.FromArea, ID: "hand"})
	if err != nil {
		t.Fatal(err)
	}
	level, err := geom.FindSectionLevel(a, "midbrain")
	if err != nil {
		t.Fatal(err)
	}
	m := testModel(t)
	r := view.NewRenderer(m)
	tubes := geom.TraceMeshes(chain, geom.TraceColor(chain.Start))
	r.SetOverlay(append(tubes, geom.Section(a, level.Z, chain)...))
	cam := view.DefaultCamera()
	target, distance := geom.SectionAim(a, level)
	cam.Target, cam.Yaw, cam.Pitch, cam.Distance = target, 0, -1.55, distance
	clipZ := float32(level.Z) - 0.05
	white := [4]float32{1, 1, 1, 1}
	frame := func(markers ...view.Marker) {
		var dl view.DrawList
		r.Frame(&dl, &cam, 1280, 800, view.FrameOptions{Highlight: -1, Dim: 0.78, Markers: markers, Clip: true, ClipZ: clipZ, Proportions: geom.TrueScale})
	}
	frame()
	crossing, below := 0, 0
	for _, tri := range view.DrawnOverlay(r, geom.TrueScale) {
		if tri.Mesh >= len(tubes) {
			continue // the section's face and marks, on its plane
		}
		switch {
		case tri.MinZ > clipZ:
			t.Fatalf("a triangle of tube %d, %.1f to %.1f mm high, is drawn above the cut at %.1f mm", tri.Mesh, tri.MinZ, tri.MaxZ, clipZ)
		case tri.MaxZ < clipZ-view.TraceStub:
			t.Fatalf("a triangle of tube %d, %.1f to %.1f mm high, is drawn below the stub under the cut at %.1f mm", tri.Mesh, tri.MinZ, tri.MaxZ, clipZ)
		case tri.MaxZ > clipZ:
			crossing++
		default:
			below++
		}
	}
	if crossing == 0 || below == 0 {
		t.Errorf("the trace drew %d triangles crossing the cut and %d below it, want some of each", crossing, below)
	}
	markers := len(m.Meshes) + len(r.Overlay())
	for _, c := range []struct {
		name string
		dz   float32
		want bool
	}{{"above", 10, false}, {"at", -1, true}, {"far below", -10, false}} {
		frame(view.Marker{Pos: mgl32.Vec3{target[0], target[1], clipZ + c.dz}, Radius: 3, Color: white})
		if got := view.DrawnTriangles(r)[markers] > 0; got != c.want {
			t.Errorf("an action potential %s the cut drawn: %v, want %v", c.name, got, c.want)
		}
	}
}
