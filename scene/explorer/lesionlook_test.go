package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/go-gl/mathgl/mgl32"
)

// TestLesionKeepsTheLook: placing a lesion dims the model but keeps the
// look chosen: the cutaway's far hemisphere stays solid (DimKeepsSolid),
// its tag unchanged; the opaque and quadrant looks fade their cortex to
// show the lesion inside, and their tag says so. Before a lesion is
// placed, and outside lesion mode, nothing is dimmed or faded.
func TestLesionKeepsTheLook(t *testing.T) {
	cases := []struct {
		look  geom.Look
		solid bool
		tag   string
	}{
		{geom.Glass, false, ""},
		{geom.Opaque, false, "opaque, faded to show the lesion"},
		{geom.Cutaway, true, "cutaway: the near hemisphere hidden"},
		{geom.Quadrant, false, "quadrant: the near hemisphere's upper quarter cut away, faded to show the lesion"},
	}
	for _, c := range cases {
		t.Run(c.look.String(), func(t *testing.T) {
			w := newWindow(t, 1280, 720, 1)
			s := w.ex.State()
			s.Look = c.look
			if err := w.ex.Set(s); err != nil {
				t.Fatal(err)
			}
			w.do(t, act(explorer.EnterLesion))
			f := w.ex.Frame(w.w, w.h, w.ratio)
			if f.Options.Dim != 0 || strings.Contains(f.Content.Tags, "faded") {
				t.Errorf("no lesion yet: dim %v, tag %q; want neither", f.Options.Dim, f.Content.Tags)
			}
			w.do(t, place(mgl32.Vec3{30, -10, 50}, 6))
			w.ticks(2)
			f = w.ex.Frame(w.w, w.h, w.ratio)
			if f.Options.Dim == 0 {
				t.Error("a lesion placed: the model is not dimmed")
			}
			if f.Options.DimKeepsSolid != c.solid {
				t.Errorf("dimmed, solid parts kept solid: %v; want %v", f.Options.DimKeepsSolid, c.solid)
			}
			if f.Content.Tags != c.tag {
				t.Errorf("tag %q; want %q", f.Content.Tags, c.tag)
			}
		})
	}
}
