package explorer_test

import (
	"strings"
	"testing"

	"github.com/go-gl/mathgl/mgl32"

	"github.com/decussate/decussate/scene/explorer"
)

// TestUndoBringsTheClassicLesionBack: undoing a change to a classic lesion
// (removing it, or adding a sphere, which drops its name) brings back the
// lesion state as it was: its sites, its name in the report's title and
// the link, and the selection.
func TestUndoBringsTheClassicLesionBack(t *testing.T) {
	weber := explorer.Action{Kind: explorer.PlacePreset, Preset: "weber"}
	for _, tc := range []struct {
		name   string
		change []explorer.Action
	}{
		{"removed", []explorer.Action{act(explorer.RemoveLesion)}},
		{"a sphere added", []explorer.Action{{Kind: explorer.PlaceLesion, At: mgl32.Vec3{-20, -15, 10}}}},
		{"removed twice", []explorer.Action{act(explorer.RemoveLesion), act(explorer.UndoLesion), act(explorer.RemoveLesion)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newExplorer(t)
			run(t, e, []explorer.Action{weber})
			before, title, sel := e.State(), e.ReportTitle(), e.Selected()
			if !strings.Contains(title, "Weber") {
				t.Fatalf("the classic lesion's report is titled %q, want Weber's name", title)
			}
			run(t, e, tc.change)
			if e.State().Preset != "" || e.ReportTitle() == title {
				t.Fatalf("after the change the preset is %q, titled %q: want the name gone", e.State().Preset, e.ReportTitle())
			}
			run(t, e, []explorer.Action{act(explorer.UndoLesion)})
			after := e.State()
			if after.Preset != before.Preset || e.ReportTitle() != title {
				t.Errorf("after undo: preset %q titled %q, want %q titled %q", after.Preset, e.ReportTitle(), before.Preset, title)
			}
			if got, want := after.Link(), before.Link(); got != want {
				t.Errorf("after undo the link is\n%s\nwant\n%s", got, want)
			}
			if len(after.Lesions) != len(before.Lesions) {
				t.Errorf("after undo %d sites, want %d", len(after.Lesions), len(before.Lesions))
			}
			if e.Selected() != sel {
				t.Errorf("after undo lesion %d is selected, want %d", e.Selected(), sel)
			}
		})
	}
}
