package explorer_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/tour"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// screens are where framing is checked: a phone held upright, a projector
// and a large monitor.
var screens = []struct {
	name  string
	w, h  int
	ratio float32
}{
	{"390x844@3", 1170, 2532, 3},
	{"1280x720", 1280, 720, 1},
	{"1920x1080", 1920, 1080, 1},
}

// eachScreen runs f on a fresh window on every screen, presenter mode off
// and on.
func eachScreen(t *testing.T, f func(t *testing.T, w *window)) {
	for _, s := range screens {
		for _, presenter := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/presenter=%v", s.name, presenter), func(t *testing.T) {
				w := newWindow(t, s.w, s.h, s.ratio)
				if presenter {
					w.do(t, act(explorer.TogglePresenter))
					w.ticks(1)
				}
				f(t, w)
			})
		}
	}
}

// shot is where a framed target lands on the frame drawn now.
type shot struct {
	// free is the part of the screen the frame's panels leave the model.
	free view.Area
	// x0, y0, x1, y1 bound the target's points on the screen.
	x0, y0, x1, y1 float32
}

// fill returns the target's span, across or up, as a share of the free
// area's shorter side.
func (s shot) fill() float32 {
	return max(s.x1-s.x0, s.y1-s.y0) / min(s.free.X1-s.free.X0, s.free.Y1-s.free.Y0)
}

// framedIn draws a frame and checks that every point of a target lands in
// the part of the screen its panels leave the model, under none of them.
func (w *window) framedIn(t *testing.T, what string, pts []mgl32.Vec3) shot {
	t.Helper()
	f := w.ex.Frame(w.w, w.h, w.ratio)
	L := f.Layout
	c := L.Centre
	s := shot{free: view.Area{X0: c.X, Y0: c.Y, X1: c.X + c.W, Y1: c.Y + c.H},
		x0: math.MaxFloat32, y0: math.MaxFloat32, x1: -math.MaxFloat32, y1: -math.MaxFloat32}
	if c.W <= 0 || c.H <= 0 {
		t.Fatalf("%s: the panels leave the model nothing (%+v)", what, c)
	}
	panels := []view.Box{L.Top, L.Note, L.Caption, L.Hint, L.Left, L.Right, L.Quiz, L.Help, L.About, L.Strip}
	for _, b := range L.Tools {
		panels = append(panels, b.Box)
	}
	bad := 0
	for _, p := range pts {
		x, y, ok := f.Camera.Project(p, w.w, w.h)
		in := ok && x >= s.free.X0 && x <= s.free.X1 && y >= s.free.Y0 && y <= s.free.Y1
		for _, b := range panels {
			if b.W > 0 && x > b.X && x < b.X+b.W && y > b.Y && y < b.Y+b.H {
				in = false
			}
		}
		if !in && bad < 3 {
			t.Errorf("%s: point %v lands at (%.0f, %.0f), outside the model's free area %+v", what, p, x, y, s.free)
		}
		if !in {
			bad++
		}
		s.x0, s.y0, s.x1, s.y1 = min(s.x0, x), min(s.y0, y), max(s.x1, x), max(s.y1, y)
	}
	return s
}

// ring returns points r millimetres about c across the camera's view (its
// right and up): what a view of radius r about c shows.
func ring(cam view.Camera, c mgl32.Vec3, r float32) []mgl32.Vec3 {
	back := cam.Eye().Sub(cam.Target).Normalize()
	right := mgl32.Vec3{0, 0, 1}.Cross(back)
	if right.Len() < 1e-3 {
		right = mgl32.Vec3{1, 0, 0}
	}
	right = right.Normalize()
	up := back.Cross(right).Normalize()
	return []mgl32.Vec3{c, c.Add(right.Mul(r)), c.Sub(right.Mul(r)), c.Add(up.Mul(r)), c.Sub(up.Mul(r))}
}

// centre returns the middle of the box holding pts.
func centre(pts []mgl32.Vec3) mgl32.Vec3 {
	lo, hi := view.Bounds(pts)
	return lo.Add(hi).Mul(0.5)
}

// lesionContext is the least radius about a lesion a framed view shows
// whole, in millimetres: enough of what surrounds it (the capsule's
// neighbours, a few segments of the cord) to know where it is.
const lesionContext = 25

// checkLesion checks lesion mode's framing: the lesion's points, and
// context millimetres about them, in the free area, the whole neither a
// dot nor filled by the lesion alone.
func (w *window) checkLesion(t *testing.T, what string, context float32) {
	t.Helper()
	pts := w.ex.LesionPoints()
	if len(pts) == 0 {
		t.Fatalf("%s: no lesion points", what)
	}
	w.framedIn(t, what+": the lesion", pts)
	around := w.framedIn(t, what+": what surrounds the lesion", append(ring(w.ex.Camera(), centre(pts), context), pts...))
	if f := around.fill(); f < 0.3 {
		t.Errorf("%s: the lesion and %.0f mm about it span %.0f%% of the free area: a dot", what, context, 100*f)
	}
}

// TestFramedInTheFreeArea: every classic lesion placed is framed, with
// what surrounds it, in the part of the screen the patient and report
// leave, on a phone, a projector and a large monitor, presenter mode off
// and on.
func TestFramedInTheFreeArea(t *testing.T) {
	eachScreen(t, func(t *testing.T, w *window) {
		for _, p := range config(t).Presets {
			w.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: p.ID})
			w.ticks(view.MoveTicks + 1)
			w.checkLesion(t, p.ID, lesionContext)
			w.do(t, act(explorer.LeaveLesion))
			w.ticks(view.MoveTicks + 1)
		}
	})
}

// TestTraceFramedInTheFreeArea: a hand trace ends with the hand's muscles,
// and the nerves arriving from the cord, in the free area, large enough to
// see.
func TestTraceFramedInTheFreeArea(t *testing.T) {
	eachScreen(t, func(t *testing.T, w *window) {
		w.do(t, explorer.Action{Kind: explorer.StartTrace, Start: start(t, "area:hand:L")})
		for range 60 * 15 {
			w.ticks(1)
			if w.ex.Framed() {
				break
			}
		}
		if !w.ex.Framed() {
			t.Fatal("the volley never arrived")
		}
		w.ticks(view.MoveTicks + 1)
		// The nerves' last centimetres share the frame with their course
		// from the cord (TestTraceEndShowsWhereItIs): a fifth of it.
		s := w.framedIn(t, "the muscles", w.ex.MusclePoints())
		if f := s.fill(); f < 0.2 {
			t.Errorf("the muscles span %.0f%% of the free area, want 20%% or more", 100*f)
		}
	})
}

// TestToursFramedInTheFreeArea plays every tour: each step's section,
// lesion, or the part of the model its author's camera shows, lands in
// the part of the screen the caption and panels leave, filling a sensible
// share of it, on every screen, presenter mode off and on.
func TestToursFramedInTheFreeArea(t *testing.T) {
	eachScreen(t, func(t *testing.T, w *window) {
		for i, tr := range w.ex.Tours() {
			w.do(t, explorer.Action{Kind: explorer.StartTour, Tour: i})
			// The camera each step's author wrote.
			authored := w.ex.Camera()
			for step := 1; ; step++ {
				st := w.ex.Player().Step()
				if st.Camera != nil {
					if err := tour.ApplyCamera(&authored, st.Camera); err != nil {
						t.Fatal(err)
					}
				}
				w.ticks(view.MoveTicks + 1)
				what := fmt.Sprintf("%s step %d", tr.ID, step)
				// Most of what the author's camera shows about its target
				// on a landscape screen, the model alone.
				r := 0.6 * authored.Distance * float32(math.Tan(float64(authored.FOV)/2))
				s := w.ex.State()
				switch {
				case s.Section != "":
					var pts []mgl32.Vec3
					for _, m := range w.ex.SectionMeshes() {
						// A traced arm's nerves beside the cord, the
						// cerebellum's and hemispheres' sheets about the
						// brainstem may run past the free area's edge.
						if strings.HasPrefix(m.ID, "section.traced.") || strings.Contains(m.ID, "cerebell") || strings.Contains(m.ID, "hemisphere") {
							continue
						}
						for _, v := range m.Positions {
							pts = append(pts, s.Proportions.Warp(v))
						}
					}
					sh := w.framedIn(t, what+": the cut face", pts)
					if f := sh.fill(); f < 0.3 {
						t.Errorf("%s: the cut face spans %.0f%% of the free area, want 30%% or more", what, 100*f)
					}
					if res, _ := w.ex.Result(); len(s.Lesions) > 0 && res != nil {
						var marks []mgl32.Vec3
						for _, m := range explorer.SectionLesionMarks(config(t).Atlas, w.ex.Level().Z, s.Lesions, res) {
							for _, v := range m.Positions {
								marks = append(marks, s.Proportions.Warp(v))
							}
						}
						w.framedIn(t, what+": the lesion's marks", marks)
					}
				case len(s.Lesions) > 0:
					// The author's camera says how much about the lesion
					// the step shows.
					context := float32(lesionContext)
					if st.Camera != nil {
						context = max(context, r)
					}
					w.checkLesion(t, what, context)
				case s.Mode == explorer.Trace && strings.Contains(st.Caption, "muscle"):
					// A step naming the muscles a trace ends in is
					// framed as the trace's end: the limb from the cord
					// to the muscles, not the middle of the author's
					// landscape screen (stepend_test.go names them).
					w.framedIn(t, what+": the muscles", w.ex.MusclePoints())
					sh := w.framedIn(t, what+": the limb from the cord to the muscles", w.ex.LimbPoints())
					if f := sh.fill(); f < 0.5 {
						t.Errorf("%s: the limb spans %.0f%% of the free area, want 50%% or more", what, 100*f)
					}
				case st.Camera != nil:
					// What the author's camera shows on a landscape
					// screen: its target and most of the view about it.
					sh := w.framedIn(t, what+": the step's view", ring(w.ex.Camera(), authored.Target, r))
					if f := sh.fill(); f < 0.4 {
						t.Errorf("%s: the step's view spans %.0f%% of the free area, want 40%% or more", what, 100*f)
					}
				}
				if w.ex.Player().AtEnd() {
					break
				}
				w.do(t, act(explorer.TourNext))
			}
			w.do(t, act(explorer.EndTour))
			w.ticks(1)
		}
	})
}

// lead returns where the leading impulse is drawn.
func (w *window) lead(t *testing.T) mgl32.Vec3 {
	t.Helper()
	_, pulses, _ := w.ex.Pulses(w.ex.Proportions(), nil)
	for _, p := range pulses {
		if p.Main {
			return p.Pos
		}
	}
	t.Fatal("no leading impulse")
	return mgl32.Vec3{}
}

// TestFollowFramesTheImpulse: Follow turned on while the impulse is
// paused frames where it is, in the free area's middle with its
// surroundings; turned on once the volley has arrived (the person having
// turned away), it frames the muscles.
func TestFollowFramesTheImpulse(t *testing.T) {
	eachScreen(t, func(t *testing.T, w *window) {
		w.do(t, explorer.Action{Kind: explorer.StartTrace, Start: start(t, "area:hand:L")})
		w.ticks(90)
		w.do(t, act(explorer.PauseTrace))
		w.ticks(1)
		w.do(t, act(explorer.FollowTrace))
		w.ticks(view.MoveTicks + 120)
		lead := w.lead(t)
		s := w.framedIn(t, "the impulse and what surrounds it", ring(w.ex.Camera(), lead, 25))
		if f := s.fill(); f < 0.3 {
			t.Errorf("25 mm about the impulse span %.0f%% of the free area: a dot", 100*f)
		}
		x, y := (s.x0+s.x1)/2, (s.y0+s.y1)/2
		mx, my := (s.free.X0+s.free.X1)/2, (s.free.Y0+s.free.Y1)/2
		if dx, dy := math.Abs(float64(x-mx)), math.Abs(float64(y-my)); dx > 0.1*float64(s.free.X1-s.free.X0) || dy > 0.1*float64(s.free.Y1-s.free.Y0) {
			t.Errorf("the impulse lands at (%.0f, %.0f), off the free area's middle (%.0f, %.0f)", x, y, mx, my)
		}

		w.do(t, act(explorer.FollowTrace), act(explorer.PauseTrace))
		for range 60 * 15 {
			w.ticks(1)
			if w.ex.Framed() {
				break
			}
		}
		w.ticks(view.MoveTicks + 1)
		w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: view.DefaultCamera()}, act(explorer.PauseTrace))
		w.ticks(1)
		w.do(t, act(explorer.FollowTrace))
		w.ticks(view.MoveTicks + 1)
		if f := w.framedIn(t, "the muscles", w.ex.MusclePoints()).fill(); f < 0.2 {
			t.Errorf("the muscles span %.0f%% of the free area, want 20%% or more", 100*f)
		}
	})
}

// TestReframedWhenTheLayoutChanges: presenter mode turned on under a
// framed lesion, or a tour's framed section, frames it again in the
// area the larger panels leave; a camera the person turned stays theirs.
func TestReframedWhenTheLayoutChanges(t *testing.T) {
	w := newWindow(t, 1280, 720, 1)
	w.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "weber"})
	w.ticks(view.MoveTicks + 1)
	framed := w.ex.Camera()
	w.do(t, act(explorer.TogglePresenter))
	w.ticks(view.MoveTicks + 2)
	if w.ex.Camera() == framed {
		t.Error("presenter mode left the camera framed for the smaller panels")
	}
	w.checkLesion(t, "weber in presenter mode", lesionContext)

	w = newWindow(t, 1280, 720, 1)
	w.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: "weber"})
	w.ticks(view.MoveTicks + 1)
	w.ex.Orbit(0.2, 0)
	turned := w.ex.Camera()
	w.do(t, act(explorer.TogglePresenter))
	w.ticks(view.MoveTicks + 2)
	if w.ex.Camera() != turned {
		t.Errorf("presenter mode moved the camera the person turned, to %+v", w.ex.Camera())
	}

	w = newWindow(t, 1170, 2532, 3)
	w.do(t, explorer.Action{Kind: explorer.StartTour, Tour: 2}, act(explorer.TourNext))
	w.ticks(view.MoveTicks + 1)
	if w.ex.State().Section == "" || len(w.ex.State().Lesions) == 0 {
		t.Fatal("the brainstem tour's second step is not a lesion on a section")
	}
	w.do(t, act(explorer.TogglePresenter))
	w.ticks(view.MoveTicks + 2)
	res, _ := w.ex.Result()
	var marks []mgl32.Vec3
	s := w.ex.State()
	for _, m := range explorer.SectionLesionMarks(config(t).Atlas, w.ex.Level().Z, s.Lesions, res) {
		for _, v := range m.Positions {
			marks = append(marks, s.Proportions.Warp(v))
		}
	}
	w.framedIn(t, "the tour's lesion marks in presenter mode", marks)
}

// TestTourMoveIsTheTeachers: a tour's step moves the camera smoothly, and
// a drag during the move stops it where the person took it.
func TestTourMoveIsTheTeachers(t *testing.T) {
	w := newWindow(t, 1280, 720, 1)
	w.do(t, explorer.Action{Kind: explorer.StartTour, Tour: 0})
	w.ticks(view.MoveTicks + 1)
	before := w.ex.Camera()
	w.do(t, act(explorer.TourNext))
	w.ticks(view.MoveTicks / 2)
	if mid := w.ex.Camera(); mid == before || !w.ex.Moving() {
		t.Fatalf("half way through a step's move the camera is %+v (moving %v)", mid, w.ex.Moving())
	}
	w.ex.Orbit(0.3, 0)
	dragged := w.ex.Camera()
	w.ticks(view.MoveTicks)
	if w.ex.Camera() != dragged || w.ex.Moving() {
		t.Errorf("the step's move went on after a drag: %+v, want %+v", w.ex.Camera(), dragged)
	}
}

// TestTraceStartsWhole: on a phone held upright a hand trace's path, from
// the cortex to the hand, runs off the screen from the first view; the
// trace starts with it framed whole in the free area, and ending the
// trace goes back to the person's camera.
func TestTraceStartsWhole(t *testing.T) {
	w := newWindow(t, 1170, 2532, 3)
	home := w.ex.Camera()
	w.do(t, explorer.Action{Kind: explorer.StartTrace, Start: start(t, "area:hand:L")})
	w.ticks(view.MoveTicks + 1)
	if f := w.framedIn(t, "the hand's path", mainPath(w)).fill(); f < 0.5 {
		t.Errorf("the path spans %.0f%% of the free area, want 50%% or more", 100*f)
	}
	w.do(t, act(explorer.EndTrace))
	w.ticks(view.MoveTicks + 1)
	if w.ex.Camera() != home {
		t.Errorf("after the trace the camera is %+v, want the person's %+v", w.ex.Camera(), home)
	}
}

// TestLesionEntryFillsFreeArea: lesion mode entered with nothing placed
// frames the brain (hemispheres, cerebellum) whole in the free area, and
// large: across the side that binds it fills most of it, not the half
// that framing its box from an oblique camera left.
func TestLesionEntryFillsFreeArea(t *testing.T) {
	eachScreen(t, func(t *testing.T, w *window) {
		var brain []mgl32.Vec3
		for _, m := range model.Meshes {
			if m.Cortex && m.Quarter == 0 || strings.HasPrefix(m.ID, "cerebellum") {
				for i := 0; i < len(m.Positions); i += 23 {
					brain = append(brain, m.Positions[i])
				}
			}
		}
		w.do(t, act(explorer.EnterLesion))
		w.ticks(view.MoveTicks + 1)
		s := w.framedIn(t, "the brain", brain)
		fw := (s.x1 - s.x0) / (s.free.X1 - s.free.X0)
		fh := (s.y1 - s.y0) / (s.free.Y1 - s.free.Y0)
		if fill := max(fw, fh); fill < 0.75 {
			t.Errorf("the brain fills %.2f of the free area's width and %.2f of its height, want 0.75 of one", fw, fh)
		}
	})
}

// TestPhoneFirstView: on a phone held upright the first view, and Reset
// view, fit the brain and the whole cord into the free area, the brain's
// top near the top (not a fifth of the screen empty above it) and the
// cord's end above the hint bar; on a wide screen the first view is the
// default camera.
func TestPhoneFirstView(t *testing.T) {
	for _, s := range screens {
		w := newWindow(t, s.w, s.h, s.ratio)
		w.ticks(1)
		if s.w >= s.h {
			if got := w.ex.Camera(); got != view.DefaultCamera() {
				t.Errorf("%s: first view %+v, want the default", s.name, got)
			}
			continue
		}
		sc := w.r.Scene(w.ex.State().Proportions)
		check := func(when string) {
			var pts []mgl32.Vec3
			for _, m := range model.Meshes {
				if m.Cortex && m.Quarter == 0 {
					for i := 0; i < len(m.Positions); i += 23 {
						pts = append(pts, m.Positions[i])
					}
				}
			}
			pts = append(pts, mgl32.Vec3{0, -45, sc.Lo[2]})
			sh := w.framedIn(t, s.name+" "+when, pts)
			if top := (sh.y0 - sh.free.Y0) / (sh.free.Y1 - sh.free.Y0); top > 0.1 {
				t.Errorf("%s %s: %.2f of the free area empty above the brain", s.name, when, top)
			}
			if fw := (sh.x1 - sh.x0) / (sh.free.X1 - sh.free.X0); fw < 0.7 {
				t.Errorf("%s %s: the brain fills %.2f of the width", s.name, when, fw)
			}
		}
		check("first view")
		w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: view.DefaultCamera()})
		w.do(t, act(explorer.ResetView))
		w.ticks(1)
		check("after Reset view")
	}
}
