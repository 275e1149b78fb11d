package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
	"github.com/go-gl/mathgl/mgl32"
)

// mainPath returns the trace's main path as framing takes it: the
// branches carrying half the strongest end's drive or more.
func mainPath(w *window) []mgl32.Vec3 {
	c := w.ex.Chain(w.ex.Proportions())
	heaviest := 0.0
	for _, n := range c.Branches() {
		if len(n.Branch.Children) == 0 {
			heaviest = max(heaviest, n.Branch.Weight)
		}
	}
	var path []mgl32.Vec3
	for _, n := range c.Branches() {
		if n.Branch.Weight >= 0.5*heaviest {
			path = append(path, n.Branch.Path...)
		}
	}
	return path
}

// TestLinkedTraceIsFramed: a hand trace's link without a camera, opened on
// a phone held upright before any frame (as a page opens its link), frames
// the path whole once the first frame tells the screen, as a trace started
// by a tap does; its link is then written without the camera (framing's,
// not the person's), and with it once the person turns the camera. A link
// with a camera opens with that camera, framing nothing.
func TestLinkedTraceIsFramed(t *testing.T) {
	const linked = "mode=trace&trace=area:hand:L"
	w := newWindow(t, 1170, 2532, 3)
	if notes := w.ex.Open(linked); len(notes) > 0 {
		t.Fatalf("the link's notes: %v", notes)
	}
	w.follow()
	w.ticks(view.MoveTicks + 2)
	if f := w.framedIn(t, "the linked hand's path", mainPath(w)).fill(); f < 0.5 {
		t.Errorf("the path spans %.0f%% of the free area, want 50%% or more", 100*f)
	}
	if got := w.ex.State().Link(); got != linked {
		t.Errorf("framed, the trace's link is %q, want %q without a camera", got, linked)
	}
	// The person turns the camera: it is theirs, and the link holds it.
	turned := w.ex.Camera()
	turned.Yaw += 0.3
	w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: turned})
	w.ticks(1)
	got := w.ex.State().Link()
	if !strings.Contains(got, "cam=") {
		t.Fatalf("turned, the trace's link %q has no camera", got)
	}
	// That link opens with its camera, on another phone: nothing framed.
	w2 := newWindow(t, 1170, 2532, 3)
	w2.ex.Open(got)
	w2.follow()
	opened := w2.ex.Camera()
	w2.ticks(view.MoveTicks + 2)
	if c := w2.ex.Camera(); c != opened {
		t.Errorf("a link with a camera moved it: %+v, want %+v", c, opened)
	}
	if again := w2.ex.State().Link(); again != got {
		t.Errorf("the link's round trip: %q, then %q", got, again)
	}
}

// TestFramedStateLinks: a trace's state Framed writes its link without a
// camera, and the link reads back Framed; other modes keep theirs.
func TestFramedStateLinks(t *testing.T) {
	c := config(t)
	ex, err := explorer.New(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, fragment := range []string{
		"mode=trace&trace=area:hand:L",
		"mode=trace&cam=30,10,500,0,-20,-60&trace=area:leg:R",
		"mode=explore&cam=30,10,500,0,-20,-60",
	} {
		s, notes := explorer.ParseState(fragment, ex.Checker())
		if len(notes) > 0 {
			t.Fatalf("%s: %v", fragment, notes)
		}
		if want := !strings.Contains(fragment, "cam="); s.Framed != want {
			t.Errorf("%s: Framed %v, want %v", fragment, s.Framed, want)
		}
		if got := s.Link(); got != fragment {
			t.Errorf("%s written again as %s", fragment, got)
		}
	}
	s := explorer.DefaultState()
	s.Framed = true
	if got := s.Link(); !strings.Contains(got, "cam=") {
		t.Errorf("exploring, a Framed state's link %q lost its camera", got)
	}
}

// TestLinkedTraceWaitsForTheScreen: a page opens its link before its first
// frame; the linked trace is framed for the phone the first frame tells,
// not for the screen assumed before it.
func TestLinkedTraceWaitsForTheScreen(t *testing.T) {
	w := newWindow(t, 1170, 2532, 3)
	ex, err := explorer.New(config(t))
	if err != nil {
		t.Fatal(err)
	}
	w.ex = ex
	ex.Open("mode=trace&trace=area:hand:L")
	w.follow()
	before := ex.Camera()
	for range 5 {
		ex.Tick(1.0 / 60)
	}
	if ex.Camera() != before {
		t.Errorf("before any frame the camera moved to %+v", ex.Camera())
	}
	ex.Frame(w.w, w.h, w.ratio)
	w.ticks(view.MoveTicks + 2)
	if f := w.framedIn(t, "the linked hand's path", mainPath(w)).fill(); f < 0.5 {
		t.Errorf("the path spans %.0f%% of the free area, want 50%% or more", 100*f)
	}
}
