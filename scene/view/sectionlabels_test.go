package view_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestSectionNamesItsStructures: with labels on, a section seen from
// below names the structures its plane cuts (the medulla's pyramids and
// olives), each once, and not the model's parts behind the cut face.
func TestSectionNamesItsStructures(t *testing.T) {
	a := testatlas.Atlas(t)
	level, err := geom.FindSectionLevel(a, "medulla")
	if err != nil {
		t.Fatal(err)
	}
	r := view.NewRenderer(testModel(t))
	r.SetOverlay(geom.Section(a, level.Z, nil))
	cam := view.DefaultCamera()
	target, distance := geom.SectionAim(a, level)
	cam.Target, cam.Yaw, cam.Pitch, cam.Distance = target, 0, -1.55, distance
	var dl view.DrawList
	r.Frame(&dl, &cam, 1280, 800, view.FrameOptions{Labels: true, Highlight: -1, Clip: true, ClipZ: float32(level.Z) - 0.05})
	seen := map[string]int{}
	for _, tx := range dl.Texts {
		seen[tx.S]++
	}
	for _, want := range []string{"left pyramid", "right pyramid", "left inferior olive", "right inferior olive", "medullary tegmentum"} {
		if seen[want] != 1 {
			t.Errorf("%q labelled %d times, want once (labels: %v)", want, seen[want], seen)
		}
	}
	for text := range seen {
		if strings.Contains(text, "hemisphere") || strings.Contains(text, "precentral") {
			t.Errorf("the section's labels name %q, a part of the model behind the cut face", text)
		}
	}
}
