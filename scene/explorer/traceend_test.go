package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
)

// arrive starts a trace and plays it until its first volley reaches its
// muscles and the camera has framed them.
func (w *window) arrive(t *testing.T, from string) {
	t.Helper()
	w.do(t, explorer.Action{Kind: explorer.StartTrace, Start: start(t, from)})
	for range 60 * 20 {
		w.ticks(1)
		if w.ex.Framed() {
			break
		}
	}
	if !w.ex.Framed() {
		t.Fatal("the volley never arrived")
	}
	w.ticks(view.MoveTicks + 1)
}

// TestTraceEndShowsWhereItIs: a trace's end frame shows the nerves from
// where they leave the cord or brainstem to the muscles, not only their
// last centimetres (blue tubes in an empty screen), and the muscles, which
// have no shape in the model, are marked and named on the picture, on a
// phone, a projector and a large monitor, presenter mode off and on.
func TestTraceEndShowsWhereItIs(t *testing.T) {
	for _, from := range []string{"area:hand:L", "area:leg:L", "area:face:R"} {
		t.Run(from, func(t *testing.T) {
			eachScreen(t, func(t *testing.T, w *window) {
				w.arrive(t, from)
				limb := w.ex.LimbPoints()
				if len(limb) == 0 {
					t.Fatal("no limb points")
				}
				s := w.framedIn(t, "from the cord to the muscles", limb)
				if f := s.fill(); f < 0.35 {
					t.Errorf("the nerves from the cord to the muscles span %.0f%% of the free area: a dot", 100*f)
				}
				w.framedIn(t, "the muscles", w.ex.MusclePoints())
				f := w.ex.Frame(w.w, w.h, w.ratio)
				if !f.Options.Labels {
					t.Error("the muscles are not named: labels off")
				}
				var names []string
				meshes, _ := w.ex.OverlayMeshes()
				for _, m := range meshes {
					if strings.HasPrefix(m.ID, "muscle.") && m.Major {
						names = append(names, m.Name)
					}
				}
				if len(names) == 0 {
					t.Fatal("no muscle is marked")
				}
				// The names as the view places them: at least one shows.
				var dl view.DrawList
				cam := f.Camera
				w.r.Frame(&dl, &cam, w.w, w.h, f.Options)
				// A name of several muscles may wrap to two lines: its
				// first line drawn is the name drawn.
				shown := 0
				for _, n := range names {
					for _, tx := range dl.Texts {
						if tx.S != "" && strings.HasPrefix(n, tx.S) {
							shown++
							break
						}
					}
				}
				if shown == 0 {
					t.Errorf("none of the muscles' names %q is drawn", names)
				}
				t.Logf("%d of %d names drawn", shown, len(names))
			})
		})
	}
}

// TestMarksComeWithTheVolley: the muscles' marks appear when the volley
// arrives, not before, and go with the trace.
func TestMarksComeWithTheVolley(t *testing.T) {
	w := newWindow(t, 1920, 1080, 1)
	marked := func() bool {
		meshes, _ := w.ex.OverlayMeshes()
		for _, m := range meshes {
			if strings.HasPrefix(m.ID, "muscle.") {
				return true
			}
		}
		return false
	}
	w.do(t, explorer.Action{Kind: explorer.StartTrace, Start: start(t, "area:hand:L")})
	w.ticks(2)
	if marked() {
		t.Error("the muscles are marked before the volley reaches them")
	}
	w.arrive(t, "area:leg:L")
	if !marked() {
		t.Error("the muscles are not marked once the volley reached them")
	}
	w.do(t, act(explorer.EndTrace))
	w.ticks(1)
	if marked() {
		t.Error("the marks stay after the trace")
	}
}
