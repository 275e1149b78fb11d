package view_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/trace"
	"github.com/decussate/decussate/scene/view"
)

// testModel returns the default model, built once per test binary.
func testModel(tb testing.TB) *geom.Model {
	tb.Helper()
	return testatlas.Model(tb)
}

// BenchmarkFrame draws the full default scene, the real anatomy in the
// glass look, at 1920×1080 (budget, issue 12: 1 ms native, 3.5 ms under
// wasm, no allocation).
func BenchmarkFrame(b *testing.B) {
	r := view.NewRenderer(testModel(b))
	cam := view.DefaultCamera()
	var dl view.DrawList
	r.Frame(&dl, &cam, 1920, 1080, view.FrameOptions{Highlight: -1})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		cam.Orbit(0.01, 0)
		r.Frame(&dl, &cam, 1920, 1080, view.FrameOptions{Highlight: -1})
	}
}

// BenchmarkFrameMoving draws the coarse scene, as while the camera moves
// (budget 0.4 ms native, no allocation).
func BenchmarkFrameMoving(b *testing.B) {
	r := view.NewRenderer(testModel(b))
	cam := view.DefaultCamera()
	var dl view.DrawList
	opt := view.FrameOptions{Highlight: -1, Moving: true}
	r.Frame(&dl, &cam, 1920, 1080, opt)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		cam.Orbit(0.01, 0)
		r.Frame(&dl, &cam, 1920, 1080, opt)
	}
}

// BenchmarkFrameMovingDimmedOpaque draws a moving frame of lesion mode's
// opaque look, dimmed so that a lesion shows through (same budget as
// BenchmarkFrameMoving).
func BenchmarkFrameMovingDimmedOpaque(b *testing.B) {
	r := view.NewRenderer(testModel(b))
	cam := view.DefaultCamera()
	var dl view.DrawList
	opt := view.FrameOptions{Highlight: -1, Moving: true, Look: geom.Opaque, Dim: 0.55}
	r.Frame(&dl, &cam, 1920, 1080, opt)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		cam.Orbit(0.01, 0)
		r.Frame(&dl, &cam, 1920, 1080, opt)
	}
}

// BenchmarkFrameTrace draws the default scene at 1920×1080 with a traced
// chain over it, its action potentials and a section's cut face and clip:
// what trace mode adds must allocate nothing either.
func BenchmarkFrameTrace(b *testing.B) {
	m := testModel(b)
	a := testatlas.Atlas(b)
	chain, err := trace.Trace(a, trace.Start{Kind: trace.FromArea, ID: "hand"})
	if err != nil {
		b.Fatal(err)
	}
	r := view.NewRenderer(m)
	level, _ := geom.FindSectionLevel(a, "C8")
	r.SetOverlay(append(geom.TraceMeshes(chain, geom.TraceColor(chain.Start)), geom.Section(a, level.Z, chain)...))
	drawn := chain.Warped(geom.Teaching.Warp)
	pulses := make([]trace.Pulse, 0, len(chain.Branches()))
	markers := make([]view.Marker, 0, len(chain.Branches()))
	cam := view.DefaultCamera()
	var dl view.DrawList
	t := 0.0
	b.ReportAllocs()
	for b.Loop() {
		t += 1.0 / 60
		pulses, _ = drawn.Impulse(pulses, t*60, 1)
		markers = markers[:0]
		for _, p := range pulses {
			markers = append(markers, view.Marker{Pos: p.Pos, Radius: 3, Color: [4]float32{1, 1, 1, 1}})
		}
		r.Frame(&dl, &cam, 1920, 1080, view.FrameOptions{Highlight: -1, Dim: 0.78, Markers: markers, Clip: true, ClipZ: -96})
	}
}
