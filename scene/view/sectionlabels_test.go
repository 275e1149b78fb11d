package view_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestSectionNamesItsStructures: with labels on, a section seen from
// below names the structures its plane cuts (the medulla's pyramids and
// olives, the capsule level's nuclei and capsule), each once, none over another, and not the model's parts
// behind the cut face.
func TestSectionNamesItsStructures(t *testing.T) {
	a := testatlas.Atlas(t)
	for id, names := range map[string][]string{
		"medulla": {"left pyramid", "right pyramid", "left inferior olive", "right inferior olive", "medullary tegmentum"},
		"capsule": {"left internal capsule", "right internal capsule", "left thalamus", "right lentiform nucleus", "left caudate nucleus"},
	} {
		t.Run(id, func(t *testing.T) { sectionNames(t, a, id, names) })
	}
}

func sectionNames(t *testing.T, a *anatomy.Atlas, id string, names []string) {
	level, err := geom.FindSectionLevel(a, id)
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
	for _, want := range names {
		if seen[want] != 1 {
			t.Errorf("%q labelled %d times, want once (labels: %v)", want, seen[want], seen)
		}
	}
	// No two names overlap (their widths estimated at half an em a
	// character, as the labeller does).
	box := func(tx view.Text) [4]float32 {
		w := 0.5 * tx.Size * float32(len(tx.S))
		x0 := tx.X
		switch tx.Align {
		case view.AlignRight:
			x0 -= w
		case view.AlignCenter:
			x0 -= w / 2
		}
		return [4]float32{x0, tx.Y - tx.Size, x0 + w, tx.Y}
	}
	for i, a := range dl.Texts {
		for _, b := range dl.Texts[i+1:] {
			p, q := box(a), box(b)
			if p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3] {
				t.Errorf("the labels %q and %q overlap", a.S, b.S)
			}
		}
	}
	for text := range seen {
		if strings.Contains(text, "precentral") || strings.Contains(text, "cerebral peduncle") {
			t.Errorf("the section's labels name %q, a part of the model behind the cut face", text)
		}
	}
}
