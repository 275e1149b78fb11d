package view_test

import (
	"sync"
	"testing"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

var (
	modelOnce sync.Once
	model     *geom.Model
	modelErr  error
)

// testModel builds the default model once per test binary.
func testModel(tb testing.TB) *geom.Model {
	tb.Helper()
	modelOnce.Do(func() {
		var a *anatomy.Atlas
		if a, modelErr = anatomy.Load(assets.Atlas()); modelErr == nil {
			model, modelErr = geom.Build(a)
		}
	})
	if modelErr != nil {
		tb.Fatal(modelErr)
	}
	return model
}

// BenchmarkFrame draws the full default scene at 1920×1080 (budget: 1 ms
// native, 3 ms under wasm, no allocation).
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

// BenchmarkFrameMoving draws the coarse scene, as while the camera moves.
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
