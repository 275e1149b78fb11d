package explorer_test

import (
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// TestLinkRoundTrip: every field a link holds comes back from it as it
// was (the camera's angles to a millionth of a radian), and the link
// written again is the same link.
func TestLinkRoundTrip(t *testing.T) {
	cam := view.DefaultCamera()
	cam.Yaw, cam.Pitch, cam.Distance, cam.Target = -1.2, 0.4, 333.5, mgl32.Vec3{12.5, -40, -120.25}
	base := explorer.DefaultState()
	with := func(f func(s *explorer.State)) explorer.State {
		s := base
		s.Camera = cam
		f(&s)
		return s
	}
	cases := map[string]explorer.State{
		"default":    base,
		"camera":     with(func(s *explorer.State) {}),
		"labels":     with(func(s *explorer.State) { s.Labels = true }),
		"presenter":  with(func(s *explorer.State) { s.Presenter = true }),
		"true scale": with(func(s *explorer.State) { s.Proportions = geom.TrueScale }),
		"quadrant":   with(func(s *explorer.State) { s.Look = geom.Quadrant }),
		"section":    with(func(s *explorer.State) { s.Section = "C8" }),
		"trace":      with(func(s *explorer.State) { s.Mode, s.Trace = explorer.Trace, start(t, "horn:C8:R") }),
		"trace and section": with(func(s *explorer.State) {
			s.Mode, s.Trace, s.Section = explorer.Trace, start(t, "nucleus:cn7_nucleus:L"), "caudal_pons"
		}),
		"lesion, sites and spheres, acute": with(func(s *explorer.State) {
			s.Mode, s.Phase = explorer.Lesion, lesion.Acute
			s.Lesions = []explorer.Placed{
				{Site: "internal_capsule.posterior_limb:L"},
				{Centre: mgl32.Vec3{-3, -45, -120}, Radius: 4},
				{Centre: mgl32.Vec3{10.5, 2.25, 30}, Radius: 12.5},
			}
		}),
		"preset": with(func(s *explorer.State) {
			s.Mode, s.Preset = explorer.Lesion, "capsular_lacune"
			s.Lesions = []explorer.Placed{{Site: "internal_capsule.posterior_limb:L"}}
		}),
		"everything": with(func(s *explorer.State) {
			s.Mode, s.Phase, s.Labels, s.Presenter, s.Proportions, s.Section = explorer.Lesion, lesion.Acute, true, true, geom.TrueScale, "medulla"
			s.Lesions = []explorer.Placed{{Centre: mgl32.Vec3{1, 2, 3}, Radius: 5}}
		}),
	}
	c := newExplorer(t).Checker()
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			l := want.Link()
			got, notes := explorer.ParseState(l, c)
			if len(notes) > 0 {
				t.Fatalf("%s: notes %v", l, notes)
			}
			if !sameCamera(got.Camera, want.Camera) {
				t.Errorf("%s: camera %+v, want %+v", l, got.Camera, want.Camera)
			}
			got.Camera, want.Camera = view.Camera{}, view.Camera{}
			if !sameState(got, want) {
				t.Errorf("%s: read back as %+v, want %+v", l, got, want)
			}
			got.Camera = cam
			if again := got.Link(); name != "default" && again != l {
				t.Errorf("written again: %s, want %s", again, l)
			}
		})
	}
}

// TestLinkHidesTheQuiz: a link written during the quiz opens lesion mode
// with the student's lesions, never the hidden answer.
func TestLinkHidesTheQuiz(t *testing.T) {
	e := newExplorer(t)
	run(t, e, []explorer.Action{{Kind: explorer.AskQuiz, Preset: "capsular_lacune"}})
	l := e.State().Link()
	if !strings.HasPrefix(l, "mode=lesion") || strings.Contains(l, "capsul") {
		t.Errorf("quiz link %s: want lesion mode without the answer", l)
	}
}

// TestOpenHostileLinks: links from anyone open the nearest valid state,
// with short notes, and never panic or hold a number that is not finite.
func TestOpenHostileLinks(t *testing.T) {
	cases := []struct {
		link  string
		mode  explorer.Mode
		notes bool
	}{
		{"", explorer.Explore, false},
		{"#mode=trace&trace=area:hand:L&section=C8", explorer.Trace, false},
		{"mode=trace&trace=area:elbow:L", explorer.Explore, true},
		{"cam=NaN,NaN,NaN,NaN,NaN,NaN", explorer.Explore, true},
		{"cam=1e39,0,500,0,0,0&mode=lesion", explorer.Lesion, true},
		{"mode=lesion&lesion=pyramid:L&phase=ACUTE", explorer.Lesion, false},
		{"mode=lesion" + strings.Repeat("&lesion=point:0,0,0,5", 200), explorer.Lesion, true},
		{"mode=lesion&preset=no_such", explorer.Lesion, true},
		{"%zz%ff&\x00=\x01&mode=%E2%80%AE", explorer.Explore, true},
		{"section=nowhere", explorer.Explore, true},
		{strings.Repeat("&", 3000), explorer.Explore, false},
		{"mode=quiz", explorer.Explore, true},
		{"mode=tour", explorer.Explore, true},
	}
	for _, c := range cases {
		e := newExplorer(t)
		notes := e.Open(c.link)
		short := c.link
		if len(short) > 40 {
			short = short[:40] + "…"
		}
		if e.Mode() != c.mode {
			t.Errorf("%q: mode %v, want %v", short, e.Mode(), c.mode)
		}
		if (len(notes) > 0) != c.notes {
			t.Errorf("%q: notes %q, want some: %v", short, notes, c.notes)
		}
		if len(e.State().Lesions) > 16 {
			t.Errorf("%q: %d lesions placed", short, len(e.State().Lesions))
		}
		cam := e.State().Camera
		for _, x := range []float32{cam.Yaw, cam.Pitch, cam.Distance, cam.Target[0], cam.Target[1], cam.Target[2]} {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				t.Errorf("%q: camera %+v", short, cam)
			}
		}
	}
}

// sameCamera compares cameras to a millionth, as a link writes them.
func sameCamera(a, b view.Camera) bool {
	close := func(x, y float32) bool { return math.Abs(float64(x-y)) <= 1e-5*max(1, math.Abs(float64(y))) }
	return close(a.Yaw, b.Yaw) && close(a.Pitch, b.Pitch) && close(a.Distance, b.Distance) &&
		a.Target == b.Target && close(a.FOV, b.FOV)
}

// sameState compares states field by field.
func sameState(a, b explorer.State) bool {
	if len(a.Lesions) != len(b.Lesions) {
		return false
	}
	for i := range a.Lesions {
		if a.Lesions[i] != b.Lesions[i] {
			return false
		}
	}
	a.Lesions, b.Lesions = nil, nil
	return a.Mode == b.Mode && a.Trace == b.Trace && a.Preset == b.Preset && a.Title == b.Title && a.Phase == b.Phase &&
		a.Section == b.Section && a.Labels == b.Labels && a.Proportions == b.Proportions && a.Presenter == b.Presenter
}

// TestLinkSectionWithoutCameraLooksAtTheCut: a link naming a section and
// no camera opens looking up at the cut, as X does; one with a camera
// keeps it.
func TestLinkSectionWithoutCameraLooksAtTheCut(t *testing.T) {
	e := newExplorer(t)
	e.Open("mode=explore&section=pons")
	if c := e.State().Camera; c == view.DefaultCamera() || c.Pitch > -1 {
		t.Errorf("section=pons without a camera opened at %+v, want the cut seen from below", c)
	}
	e = newExplorer(t)
	e.Open("mode=explore&section=pons&cam=10,20,500,0,-20,-40")
	if c := e.State().Camera; c.Pitch < 0 {
		t.Errorf("a link's own camera was replaced: %+v", c)
	}
}

// TestNewPlace: a link that shows another mode, lesion, trace, section or
// option is a new place in the history; the same place from another
// camera is not, nor is the first link.
func TestNewPlace(t *testing.T) {
	const lesionAt = "mode=lesion&cam=40,12,760,0,-20,-95&lesion=internal_capsule.posterior_limb:L"
	cases := []struct {
		name string
		a, b string
		want bool
	}{
		{"the first link", "", lesionAt, false},
		{"the same link", lesionAt, lesionAt, false},
		{"the camera turned", lesionAt, "mode=lesion&cam=75,-10,420,3,-18,-90&lesion=internal_capsule.posterior_limb:L", false},
		{"with and without #", "#" + lesionAt, lesionAt, false},
		{"the camera dropped", lesionAt, "mode=lesion&lesion=internal_capsule.posterior_limb:L", false},
		{"another lesion", lesionAt, "mode=lesion&cam=40,12,760,0,-20,-95&lesion=internal_capsule.posterior_limb:R", true},
		{"a lesion added", lesionAt, lesionAt + "&lesion=pyramid:L", true},
		{"another mode", lesionAt, "mode=explore&cam=40,12,760,0,-20,-95", true},
		{"the phase", lesionAt, lesionAt + "&phase=acute", true},
		{"a label named cam", "mode=explore&labels=1", "mode=explore&labels=1&scam=1", true},
	}
	for _, c := range cases {
		if got := explorer.NewPlace(c.a, c.b); got != c.want {
			t.Errorf("%s: NewPlace(%q, %q) = %v, want %v", c.name, c.a, c.b, got, c.want)
		}
	}
}
