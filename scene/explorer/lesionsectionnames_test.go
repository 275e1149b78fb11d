package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/view"
)

// TestLesionSectionNamesBothNuclei: in lesion mode, with the labels on,
// the caudal pons's section names both facial motor nuclei, the one under
// the lesion's mark too, for the classic lesions there: beside the
// cerebellum's cut face and its name, Foville's left nucleus had no room
// and its right twin was named alone.
func TestLesionSectionNamesBothNuclei(t *testing.T) {
	for _, size := range [][2]int{{1440, 900}, {1280, 720}} {
		for _, preset := range []string{"foville", "millard_gubler"} {
			w := newWindow(t, size[0], size[1], 1)
			w.do(t, act(explorer.EnterLesion))
			w.do(t, explorer.Action{Kind: explorer.PlacePreset, Preset: preset})
			w.ticks(view.MoveTicks + 2)
			st := w.ex.State()
			st.Labels = true
			if err := w.ex.Set(st); err != nil {
				t.Fatal(err)
			}
			w.cut(t, "caudal_pons")
			w.ticks(view.MoveTicks + 2)
			_, dl := w.drawnFrame()
			for _, side := range []string{"left facial", "right facial"} {
				named := false
				for _, tx := range dl.Texts {
					named = named || strings.HasPrefix(tx.S, side)
				}
				if !named {
					t.Errorf("%dx%d, %s at the caudal pons: the %s motor nucleus is not named", size[0], size[1], preset, side)
				}
			}
		}
	}
}
