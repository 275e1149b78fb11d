package body_test

import (
	"testing"

	"github.com/decussate/decussate/scene/body"
	"github.com/decussate/decussate/scene/view"
)

// frame poses the figure at t and draws it with its close-up into dl, as
// the game does every frame.
func frame(f *body.Figure, dl *view.DrawList, act body.Action, t float64) {
	dl.Reset(640, 480)
	p := f.Pose(act, t)
	f.Draw(dl, p, body.Rect{X: 0, Y: 0, W: 320, H: 480}, body.DrawOptions{})
	f.DrawCloseUp(dl, p, body.Rect{X: 330, Y: 40, W: 300, H: 360}, body.DrawOptions{})
}

// BenchmarkFrame poses and draws a frame of ALS (every region weak,
// fasciculations twitching) for each action in turn: the animation must
// allocate nothing once the draw list has grown.
func BenchmarkFrame(b *testing.B) {
	f := figure(b, "disease.als")
	var dl view.DrawList
	for a := range body.NumActions {
		frame(f, &dl, a, 1)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		frame(f, &dl, body.Action(i%int(body.NumActions)), float64(i%600)/60)
	}
}

// TestFrameAllocatesNothing checks what BenchmarkFrame reports, so that an
// allocation slipping into a frame fails the tests and not only a
// benchmark someone may not run.
func TestFrameAllocatesNothing(t *testing.T) {
	for _, sites := range [][]string{{"disease.als"}, {"internal_capsule.posterior_limb:L"}, {"cord.transection@C3"}} {
		f := figure(t, sites...)
		var dl view.DrawList
		for a := range body.NumActions {
			frame(f, &dl, a, 1)
		}
		i := 0
		allocs := testing.AllocsPerRun(200, func() {
			frame(f, &dl, body.Action(i%int(body.NumActions)), float64(i)/30)
			i++
		})
		if allocs != 0 {
			t.Errorf("%v: a frame allocates %v times, want 0", sites, allocs)
		}
	}
}
