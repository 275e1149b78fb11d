package view_test

import (
	"math"
	"testing"

	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// hemicordC5 is the left half of the cord at C5 as teaching proportions
// draw it: a few millimetres across.
var hemicordC5 = []mgl32.Vec3{
	geom.Teaching.Warp(mgl32.Vec3{-5.1, -46.5, -114}), geom.Teaching.Warp(mgl32.Vec3{-1.2, -41.4, -127}),
	geom.Teaching.Warp(mgl32.Vec3{-2.8, -46, -120}),
}

// lesionArea is the free area of a 1280 × 720 screen in lesion mode: the
// patient panel on the left, the report on the right, a title above and
// the hint line below.
var lesionArea = view.Area{X0: 300, Y0: 50, X1: 860, Y1: 670}

// TestFrameOnShowsThePoints frames sets of points from several cameras
// into several areas: every point projects inside the area, and the
// points (or the context around a tiny set) span a good share of it.
func TestFrameOnShowsThePoints(t *testing.T) {
	nerve := []mgl32.Vec3{{-90, -35, -446}, {-95, 0, -520}, {-100, 60, -607}}
	far := view.DefaultCamera()
	far.Distance = 3000
	side := view.DefaultCamera()
	side.Yaw, side.Pitch = -1.2, 0.5
	cases := []struct {
		name    string
		cam     view.Camera
		w, h    int
		area    view.Area
		pts     []mgl32.Vec3
		context float32
		// minShare is the least share of the area's shorter side the
		// projected points (with their context) must span.
		minShare float32
	}{
		{"hemicord, lesion mode", view.DefaultCamera(), 1280, 720, lesionArea, hemicordC5, 15, 0.5},
		{"hemicord, no context", view.DefaultCamera(), 1280, 720, lesionArea, hemicordC5, 0, 0.25},
		{"leg nerve, whole screen", view.DefaultCamera(), 1920, 1080, view.Area{}, nerve, 20, 0.55},
		{"leg nerve from far away", far, 1280, 720, lesionArea, nerve, 20, 0.55},
		{"leg nerve from the side", side, 1280, 720, lesionArea, nerve, 20, 0.55},
		{"one point, phone", view.DefaultCamera(), 390, 844, view.Area{X0: 10, Y0: 300, X1: 380, Y1: 700}, []mgl32.Vec3{{-7, -40, -48}}, 15, 0.5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := view.FrameOn(c.cam, c.w, c.h, c.area, c.pts, c.context)
			if got.Yaw != c.cam.Yaw || got.Pitch != c.cam.Pitch || got.FOV != c.cam.FOV {
				t.Errorf("the camera turned: %+v, want %+v's orientation", got, c.cam)
			}
			area := c.area
			if area == (view.Area{}) {
				area = view.Area{X1: float32(c.w), Y1: float32(c.h)}
			}
			var x0, y0, x1, y1 float32 = math.MaxFloat32, math.MaxFloat32, -math.MaxFloat32, -math.MaxFloat32
			for _, p := range c.pts {
				x, y, ok := got.Project(p, c.w, c.h)
				if !ok || x < area.X0 || x > area.X1 || y < area.Y0 || y > area.Y1 {
					t.Errorf("point %v lands at (%.0f, %.0f), outside %+v", p, x, y, area)
				}
				x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
			}
			// The context's span is its diameter at the points' distance.
			lo, hi := view.Bounds(c.pts)
			centre := lo.Add(hi).Mul(0.5)
			perPixel := 2 * got.Eye().Sub(centre).Len() * float32(math.Tan(float64(got.FOV)/2)) / float32(c.h)
			span := max(x1-x0, y1-y0, 2*c.context/perPixel)
			short := min(area.X1-area.X0, area.Y1-area.Y0)
			if span < c.minShare*short {
				t.Errorf("the points span %.0f px of an area %.0f px across, want at least %.0f %%", span, short, 100*c.minShare)
			}
			cx, cy, _ := got.Project(centre, c.w, c.h)
			if mx, my := (area.X0+area.X1)/2, (area.Y0+area.Y1)/2; abs32(cx-mx) > 0.05*short || abs32(cy-my) > 0.05*short {
				t.Errorf("the points' centre lands at (%.0f, %.0f), want near the area's (%.0f, %.0f)", cx, cy, mx, my)
			}
		})
	}
}

// TestFrameOnTinyLesionIsLarge: a hemisection of the cord at C5, framed in
// lesion mode's free area, is far more than a tick: at least 80 pixels.
func TestFrameOnTinyLesionIsLarge(t *testing.T) {
	cam := view.FrameOn(view.DefaultCamera(), 1280, 720, lesionArea, hemicordC5, 15)
	ax, ay, _ := cam.Project(hemicordC5[0], 1280, 720)
	bx, by, _ := cam.Project(hemicordC5[1], 1280, 720)
	if d := float32(math.Hypot(float64(ax-bx), float64(ay-by))); d < 80 {
		t.Errorf("the hemisection spans %.0f px, want at least 80", d)
	}
}

// TestFrameOnNothing leaves the camera as it was when there is nothing to
// frame or no screen.
func TestFrameOnNothing(t *testing.T) {
	cam := view.DefaultCamera()
	if got := view.FrameOn(cam, 1280, 720, view.Area{}, nil, 10); got != cam {
		t.Errorf("no points: got %+v, want the camera unchanged", got)
	}
	if got := view.FrameOn(cam, 0, 0, view.Area{}, hemicordC5, 10); got != cam {
		t.Errorf("no screen: got %+v, want the camera unchanged", got)
	}
}

// TestMoveIsSmoothAndExact steps moves between cameras: each tick moves
// the target and the distance's logarithm by no more than twice the mean
// step (no jump), the yaw goes the short way round, and the last tick is
// the goal exactly.
func TestMoveIsSmoothAndExact(t *testing.T) {
	home := view.DefaultCamera()
	close := view.FrameOn(home, 1280, 720, lesionArea, hemicordC5, 15)
	behind := home
	behind.Yaw, behind.Distance = 3.0, 300
	round := home
	round.Yaw = -3.0
	cases := []struct {
		name     string
		from, to view.Camera
	}{
		{"in to a lesion", home, close},
		{"back out", close, home},
		{"round the back", behind, round},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := view.NewMove(c.from, c.to, view.MoveTicks)
			prev := c.from
			moved := c.to.Target.Sub(c.from.Target).Len()
			zoom := float32(math.Abs(math.Log(float64(c.to.Distance / c.from.Distance))))
			for i := 0; i < view.MoveTicks; i++ {
				if m.Finished() {
					t.Fatalf("finished after %d ticks, want %d", i, view.MoveTicks)
				}
				cam := m.Step()
				if d := cam.Target.Sub(prev.Target).Len(); d > 2*moved/view.MoveTicks+1e-3 {
					t.Errorf("tick %d: the target jumps %.2f mm of %.2f", i, d, moved)
				}
				if d := float32(math.Abs(math.Log(float64(cam.Distance / prev.Distance)))); d > 2*zoom/view.MoveTicks+1e-4 {
					t.Errorf("tick %d: the distance jumps by a ratio of %.3f", i, math.Exp(float64(d)))
				}
				if dy := math.Abs(math.Remainder(float64(cam.Yaw-prev.Yaw), 2*math.Pi)); dy > 0.2 {
					t.Errorf("tick %d: the yaw jumps %.2f rad", i, dy)
				}
				prev = cam
			}
			if !m.Finished() || prev != c.to {
				t.Errorf("ended at %+v (finished %v), want exactly %+v", prev, m.Finished(), c.to)
			}
			if again := m.Step(); again != c.to {
				t.Errorf("a step after the end moved to %+v", again)
			}
		})
	}
}

// TestUsable tells cameras that show the model from those a link may hold
// that do not: inside the cord or a hemisphere, far away, or not numbers.
func TestUsable(t *testing.T) {
	r := view.NewRenderer(testModel(t))
	scene := r.Scene(geom.Teaching)
	inCord := view.DefaultCamera()
	inCord.Target = geom.Teaching.Warp(mgl32.Vec3{0, -45, -114})
	inCord.Yaw, inCord.Pitch, inCord.Distance = 0, -1.55, 45
	inBrain := view.DefaultCamera()
	inBrain.Target, inBrain.Distance = mgl32.Vec3{-35, -20, 25}, 40
	inBrain.Yaw, inBrain.Pitch = 0, 0
	closeLook := view.FrameOn(view.DefaultCamera(), 1280, 720, lesionArea, hemicordC5, 15)
	far := view.DefaultCamera()
	far.Target = mgl32.Vec3{0, 4000, 0}
	nan := view.DefaultCamera()
	nan.Yaw = float32(math.NaN())
	tooClose := view.DefaultCamera()
	tooClose.Distance = 1
	cases := []struct {
		name string
		cam  view.Camera
		want bool
	}{
		{"default", view.DefaultCamera(), true},
		{"a lesion framed", closeLook, true},
		{"front view", func() view.Camera { c := view.DefaultCamera(); _ = c.SetView("front"); return c }(), true},
		{"eye inside the cord", inCord, false},
		{"eye inside a hemisphere", inBrain, false},
		{"target far away", far, false},
		{"not a number", nan, false},
		{"closer than the limit", tooClose, false},
	}
	for _, c := range cases {
		if got := scene.Usable(c.cam); got != c.want {
			t.Errorf("%s (eye at %v): usable %v, want %v", c.name, c.cam.Eye(), got, c.want)
		}
	}
}

func abs32(x float32) float32 { return float32(math.Abs(float64(x))) }

// BenchmarkScene measures what telling a usable camera costs: the bounds
// of the model and its solid parts, worked out when a mode ends or a link
// opens, never every frame.
func BenchmarkScene(b *testing.B) {
	r := view.NewRenderer(testModel(b))
	cam := view.DefaultCamera()
	for b.Loop() {
		s := r.Scene(geom.Teaching)
		if !s.Usable(cam) {
			b.Fatal("the first view is not usable")
		}
	}
}

// TestFrameOnFillsTheRectangle: a tall target (the cord from the medulla
// to the conus, seen from the front) fills a phone's tall free area up and
// down, not a square of its width; on a landscape screen it spans
// FrameFill of the height, as it always has; a wide one on a landscape
// screen fills its width less the same margin.
func TestFrameOnFillsTheRectangle(t *testing.T) {
	front := view.DefaultCamera()
	front.Yaw, front.Pitch = 0, 0
	tall := []mgl32.Vec3{{0, -40, -50}, {0, -45, -400}}
	wide := []mgl32.Vec3{{-300, 0, -100}, {300, 0, -100}}
	phone := view.Area{X0: 0, Y0: 150, X1: 1170, Y1: 2100}
	cases := []struct {
		name string
		w, h int
		area view.Area
		pts  []mgl32.Vec3
		// along tells which way the span is measured (true: up), and
		// lo, hi its least and most share of the area that way.
		up     bool
		lo, hi float32
	}{
		{"tall, phone upright", 1170, 2532, phone, tall, true, 0.75, 0.9},
		{"tall, landscape", 1920, 1080, view.Area{}, tall, true, frameFillLo, frameFillHi},
		{"wide, landscape", 1920, 1080, view.Area{}, wide, false, 0.75, 0.9},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := view.FrameOn(front, c.w, c.h, c.area, c.pts, 0)
			area := c.area
			if area == (view.Area{}) {
				area = view.Area{X1: float32(c.w), Y1: float32(c.h)}
			}
			x0, y0, _ := got.Project(c.pts[0], c.w, c.h)
			x1, y1, _ := got.Project(c.pts[1], c.w, c.h)
			span, side := abs32(x1-x0)/(area.X1-area.X0), "width"
			if c.up {
				span, side = abs32(y1-y0)/(area.Y1-area.Y0), "height"
			}
			if span < c.lo || span > c.hi {
				t.Errorf("the target spans %.2f of the area's %s, want %.2f to %.2f", span, side, c.lo, c.hi)
			}
			for _, p := range c.pts {
				if x, y, ok := got.Project(p, c.w, c.h); !ok || x < area.X0 || x > area.X1 || y < area.Y0 || y > area.Y1 {
					t.Errorf("%v lands at (%.0f, %.0f), outside %+v", p, x, y, area)
				}
			}
		})
	}
}

// frameFillLo and frameFillHi bound what FrameFill comes to on screen, a
// perspective's near points drawn a little larger than its centre.
const (
	frameFillLo = view.FrameFill - 0.04
	frameFillHi = view.FrameFill + 0.02
)
