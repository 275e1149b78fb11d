package view_test

import (
	"testing"

	"github.com/decussate/decussate/scene/view"
)

// BenchmarkFramePhoneLabels draws the full scene with labels on a phone
// held upright (1170×2532, 14 CSS px text at 3 pixels a CSS pixel), the
// camera orbiting: most labels find no room in their column and are
// placed in the free room (labelroom.go).
func BenchmarkFramePhoneLabels(b *testing.B) {
	r := view.NewRenderer(testModel(b))
	cam := view.DefaultCamera()
	var dl view.DrawList
	opt := view.FrameOptions{Highlight: -1, Labels: true, LabelSize: 42, LabelMin: 42,
		LabelArea: view.Area{X0: 0, Y0: 120, X1: 1170, Y1: 2250}}
	r.Frame(&dl, &cam, 1170, 2532, opt)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		cam.Orbit(0.01, 0)
		r.Frame(&dl, &cam, 1170, 2532, opt)
	}
}
