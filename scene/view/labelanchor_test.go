package view_test

import (
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestLabelsPointAtTheirStructure: from the default view, in every look,
// each label's leader line ends on a pixel of the structure it names: in
// the solid looks a pick there takes that structure (not the white
// matter of the quadrant's cut face, nor a part in front), and in the
// glass look the structure is drawn there.
func TestLabelsPointAtTheirStructure(t *testing.T) {
	m, err := geom.Build(testatlas.Atlas(t))
	if err != nil {
		t.Fatal(err)
	}
	r := view.NewRenderer(m)
	const w, h = 1440, 900
	for _, c := range []struct {
		look geom.Look
		yaw  float32 // radians; 0.75 is the default view
	}{{geom.Glass, 0.75}, {geom.Opaque, 0.75}, {geom.Cutaway, 0.75}, {geom.Quadrant, 0.75}, {geom.Quadrant, 2.4}, {geom.Quadrant, -0.75}, {geom.Quadrant, -2.4}, {geom.Opaque, 2.4}, {geom.Cutaway, -0.75}, {geom.Quadrant, 0}, {geom.Quadrant, 0.3}, {geom.Quadrant, 1.5}, {geom.Quadrant, 3.1}, {geom.Opaque, 0}, {geom.Cutaway, 1.5}} {
		look := c.look
		cam := view.DefaultCamera()
		cam.Yaw = c.yaw
		var dl view.DrawList
		r.Frame(&dl, &cam, w, h, view.FrameOptions{Highlight: -1, Look: look, Labels: true})
		anchors := view.LabelAnchors(r)
		if len(anchors) == 0 {
			t.Errorf("%s: no labels", look)
		}
		for _, a := range anchors {
			if a.Mesh >= len(m.Meshes) {
				continue
			}
			named := &m.Meshes[a.Mesh]
			if !view.DrawnAt(r, &dl, a.Mesh, a.X, a.Y) {
				t.Errorf("%s (yaw %.2f): the label of %s points at (%.0f, %.0f), where it is not drawn", look, c.yaw, named.Name, a.X, a.Y)
				continue
			}
			if look == geom.Glass {
				continue
			}
			// In a solid look what is seen there is the structure, or a
			// translucent part it shows through.
			front := view.FrontAt(r, &dl, a.X, a.Y)
			if front >= 0 && m.Meshes[front].ID != named.ID && view.SeenSolid(r, front) {
				t.Errorf("%s (yaw %.2f): the label of %s points at (%.0f, %.0f), where %s is seen", look, c.yaw, named.Name, a.X, a.Y, m.Meshes[front].Name)
			}
		}
	}
}
