package view_test

import (
	"testing"

	"github.com/decussate/decussate/scene/view"
)

// BenchmarkFrameViews draws the default scene in the glass look at
// 1920×1080 from each named view, the camera still: the glass's far side
// costs most seen from in front or behind, least from one side (see
// planGlass).
func BenchmarkFrameViews(b *testing.B) {
	for _, v := range []string{"front", "left", "top", "oblique"} {
		b.Run(v, func(b *testing.B) {
			r := view.NewRenderer(testModel(b))
			cam := view.DefaultCamera()
			if err := cam.SetView(v); err != nil {
				b.Fatal(err)
			}
			var dl view.DrawList
			r.Frame(&dl, &cam, 1920, 1080, view.FrameOptions{Highlight: -1})
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				r.Frame(&dl, &cam, 1920, 1080, view.FrameOptions{Highlight: -1})
			}
		})
	}
}
