package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
)

// TestLinkedLesionIsFramed: a link naming a classic lesion and no camera,
// opened before the first frame as a page opens its link, frames the
// lesion once the screen is known, as choosing the classic lesion does
// (the same camera); the page's link for it is then written without a
// camera, so that it frames again where it is opened. A link with a
// camera opens with that camera, framing nothing.
func TestLinkedLesionIsFramed(t *testing.T) {
	cases := []struct {
		link, preset string
		w, h         int
		ratio        float32
	}{
		{"mode=lesion&preset=lateral_medullary", "lateral_medullary", 1280, 720, 1},
		{"mode=lesion&preset=lateral_medullary&presenter=1", "lateral_medullary", 1280, 720, 1},
		{"mode=lesion&preset=brown_sequard_c5&presenter=1", "brown_sequard_c5", 1280, 720, 1},
		{"mode=lesion&preset=weber&presenter=1", "weber", 1280, 720, 1},
		{"mode=lesion&preset=weber", "weber", 1170, 2532, 3},
		{"mode=lesion&lesion=internal_capsule.posterior_limb:L", "", 1920, 1080, 1},
	}
	for _, c := range cases {
		t.Run(c.link, func(t *testing.T) {
			w := newWindow(t, c.w, c.h, c.ratio)
			ex, err := explorer.New(config(t))
			if err != nil {
				t.Fatal(err)
			}
			w.ex = ex
			if notes := ex.Open(c.link); len(notes) > 0 {
				t.Fatalf("the link's notes: %v", notes)
			}
			w.follow()
			ex.Frame(w.w, w.h, w.ratio)
			w.ticks(view.MoveTicks + 2)
			// Framed with its context (the whole brainstem around a
			// midbrain lesion), a lesion on a presenter's small free
			// area may be seen from nearly as far as the first view;
			// it is framed when the camera looks at it instead.
			first := view.DefaultCamera()
			if got := ex.Camera(); got.Target.Sub(first.Target).Len() < 1 && got.Distance >= first.Distance*0.95 {
				t.Errorf("the camera is %+v: the first view, not the lesion framed", got)
			}
			w.checkLesion(t, c.link, 25)
			if got := ex.State().Link(); strings.Contains(got, "cam=") {
				t.Errorf("framed, the lesion's link %q holds a camera", got)
			}
			if c.preset != "" {
				// The same classic lesion chosen on the same screen.
				w2 := newWindow(t, c.w, c.h, c.ratio)
				if strings.Contains(c.link, "presenter=1") {
					w2.do(t, act(explorer.TogglePresenter))
				}
				w2.do(t, act(explorer.EnterLesion))
				w2.ticks(view.MoveTicks + 2)
				w2.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: c.preset})
				w2.ticks(view.MoveTicks + 2)
				if !sameCamera(ex.Camera(), w2.ex.Camera()) {
					t.Errorf("linked, the camera is %+v; chosen, %+v", ex.Camera(), w2.ex.Camera())
				}
			}
			// The person turns the camera: it is theirs, and the link
			// holds it; that link opens with it, framing nothing.
			turned := ex.Camera()
			turned.Yaw += 0.3
			w.do(t, explorer.Action{Kind: explorer.SetCamera, Camera: turned})
			w.ticks(1)
			got := ex.State().Link()
			if !strings.Contains(got, "cam=") {
				t.Fatalf("turned, the lesion's link %q has no camera", got)
			}
			w3 := newWindow(t, c.w, c.h, c.ratio)
			w3.ex.Open(got)
			w3.follow()
			opened := w3.ex.Camera()
			w3.ticks(view.MoveTicks + 2)
			if cam := w3.ex.Camera(); cam != opened {
				t.Errorf("a link with a camera moved it: %+v, want %+v", cam, opened)
			}
		})
	}
}
