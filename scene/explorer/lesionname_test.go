package explorer_test

import (
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/go-gl/mathgl/mgl32"
)

// TestLesionSphereSaysWhere: the hover over a lesion placed by a click
// names its size and the part of the brain it lies in, not just "lesion".
func TestLesionSphereSaysWhere(t *testing.T) {
	placed := []explorer.Placed{{Centre: mgl32.Vec3{-30, 40, 30}, Radius: 6}}
	ms := explorer.LesionMeshes(testatlas.Atlas(t), placed, 0, nil)
	if len(ms) != 1 {
		t.Fatalf("%d meshes for one sphere", len(ms))
	}
	if got, want := ms[0].Name, "lesion 12 mm across in the left frontal lobe"; got != want {
		t.Errorf("the sphere's hover reads %q, want %q", got, want)
	}
}

// TestClassicLesionMarked: a named site's destroyed nucleus is marked in
// the lesion's red, large enough to see (a dark nucleus of a millimetre
// was all a lateral medullary link showed); a clicked sphere, which shows
// where it is, adds no such mark.
func TestClassicLesionMarked(t *testing.T) {
	eng := testatlas.Engine(t)
	a := testatlas.Atlas(t)
	for _, c := range []struct {
		spec string
		want bool
	}{
		{"nucleus_ambiguus:L", true},
		{"point:-4,-36,-50,3", false},
	} {
		s, err := eng.ParseSite(c.spec)
		if err != nil {
			t.Fatal(err)
		}
		res := eng.Evaluate([]lesion.Site{s}, lesion.Chronic)
		marks := 0
		for _, m := range explorer.LesionMeshes(a, []explorer.Placed{explorer.PlacedOf(s)}, 0, res) {
			if strings.HasPrefix(m.ID, "site.") {
				marks++
			}
		}
		if got := marks > 0; got != c.want {
			t.Errorf("%s: %d site marks, want marked %v", c.spec, marks, c.want)
		}
	}
}
