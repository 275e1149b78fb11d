package main

import (
	"math"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
)

// TestLayoutIsShipped: the hot spots umn.json ships are what sheetfit lays
// out from the committed meshes and label volume, muscle by muscle in
// order, to the tenth of a millimetre, and so are the areas' territories:
// the data can be made again.
func TestLayoutIsShipped(t *testing.T) {
	got, terr, _, err := layout("../../../assets/allen/AllenAtlas.nii.gz")
	if err != nil {
		t.Fatal(err)
	}
	var want []spot
	for _, ar := range testatlas.Atlas(t).Areas {
		for _, sp := range ar.Sheet {
			want = append(want, spot{area: ar.ID, muscle: sp.Muscle, at: v3(sp.At)})
			if sp.R != 3 {
				t.Errorf("umn.json: %s's hot spot for %s has radius %g, sheetfit gives 3", ar.ID, sp.Muscle, sp.R)
			}
		}
	}
	if len(got) != len(want) {
		t.Fatalf("sheetfit lays out %d hot spots, umn.json has %d", len(got), len(want))
	}
	for i, g := range got {
		w := want[i]
		if g.area != w.area || g.muscle != w.muscle {
			t.Errorf("hot spot %d: sheetfit gives %s's for %s, umn.json %s's for %s", i, g.area, g.muscle, w.area, w.muscle)
			continue
		}
		for k := range g.at {
			if math.Abs(g.at[k]-w.at[k]) > 0.05 {
				t.Errorf("%s's hot spot for %s: sheetfit puts it at %v, umn.json at %v (run go run ./internal/atlasfit/sheetfit)", g.area, g.muscle, g.at, w.at)
				break
			}
		}
	}
	areas := map[string]int{}
	for i, ar := range testatlas.Atlas(t).Areas {
		areas[ar.ID] = i
	}
	for _, tr := range terr {
		ar := testatlas.Atlas(t).Areas[areas[tr.area]]
		if len(tr.points) != len(ar.Territory) {
			t.Errorf("%s's territory: sheetfit gives %d points, umn.json %d (run go run ./internal/atlasfit/sheetfit)", tr.area, len(tr.points), len(ar.Territory))
			continue
		}
		for i, p := range tr.points {
			for k := range p {
				if math.Abs(p[k]-ar.Territory[i][k]) > 0.05 {
					t.Errorf("%s's territory point %d: sheetfit puts it at %v, umn.json at %v", tr.area, i, p, ar.Territory[i])
					break
				}
			}
		}
	}
}
