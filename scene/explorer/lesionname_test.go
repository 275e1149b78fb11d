package explorer_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/explorer"
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
