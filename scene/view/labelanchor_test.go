package view_test

import (
	"math"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/view"
)

// TestLabelsPointAtTheirStructure: from the default view, in every look,
// each label's leader line ends on a pixel of the structure it names: in
// the solid looks a pick there takes that structure (not the white
// matter of the quadrant's cut face, nor a part in front), and in the
// glass look the structure is drawn there. A part the model has on
// both sides is named on the side the camera sees (from the right, the
// right precentral gyrus, not the left one through the brain): its
// anchor is no farther from the eye than its mirror's, when the look
// draws the mirror (cutaway hides the near hemisphere).
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
	}{{geom.Glass, 0.75}, {geom.Opaque, 0.75}, {geom.Cutaway, 0.75}, {geom.Quadrant, 0.75}, {geom.Quadrant, 2.4}, {geom.Quadrant, -0.75}, {geom.Quadrant, -2.4}, {geom.Opaque, 2.4}, {geom.Cutaway, -0.75}, {geom.Quadrant, 0}, {geom.Quadrant, 0.3}, {geom.Quadrant, 1.5}, {geom.Quadrant, 3.1}, {geom.Opaque, 0}, {geom.Cutaway, 1.5},
		// The right view (view.SetView) and the back right oblique.
		{geom.Glass, -math.Pi / 2}, {geom.Opaque, -math.Pi / 2}, {geom.Cutaway, -math.Pi / 2}, {geom.Quadrant, -math.Pi / 2}, {geom.Glass, -0.75}, {geom.Glass, -2.4}, {geom.Glass, math.Pi / 2}} {
		look := c.look
		cam := view.DefaultCamera()
		cam.Yaw = c.yaw
		var dl view.DrawList
		r.Frame(&dl, &cam, w, h, view.FrameOptions{Highlight: -1, Look: look, Labels: true})
		anchors := view.LabelAnchors(r)
		if len(anchors) == 0 {
			t.Errorf("%s: no labels", look)
		}
		eye := cam.Eye()
		rights := 0
		for _, a := range anchors {
			if a.Mesh >= len(m.Meshes) {
				continue
			}
			named := &m.Meshes[a.Mesh]
			if mirror := mirrorOf(m, r, named.Name); mirror >= 0 {
				// Its mirror is drawn: the camera's side is the one named.
				var p geom.Proportions
				at := p.Warp(named.Anchor)
				other := p.Warp(m.Meshes[mirror].Anchor)
				if near, far := at.Sub(eye).Len(), other.Sub(eye).Len(); near > far+3 {
					t.Errorf("%s (yaw %.2f): the label of %s points at its anchor %.0f mm away, through to the side the camera does not see: the other side's is %.0f mm away", look, c.yaw, named.Name, near, far)
				}
				if strings.Contains(named.Name, "right") {
					rights++
				}
			}
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
		if c.yaw < -1 && look == geom.Glass && rights == 0 {
			t.Errorf("%s (yaw %.2f): seen from the right, no label names a right part", look, c.yaw)
		}
	}
}

// mirrorOf returns the drawn mesh that is the other side's copy of the
// part named name ("precentral gyrus (left)" for "precentral gyrus
// (right)"), or -1.
func mirrorOf(m *geom.Model, r *view.Renderer, name string) int {
	swaps := [][2]string{{" (left)", " (right)"}, {" (right)", " (left)"}}
	var want string
	for _, s := range swaps {
		if n, ok := strings.CutSuffix(name, s[0]); ok {
			want = n + s[1]
		}
	}
	for _, s := range [][2]string{{"left ", "right "}, {"right ", "left "}} {
		if n, ok := strings.CutPrefix(name, s[0]); ok {
			want = s[1] + n
		}
	}
	for i := range m.Meshes {
		if want != "" && m.Meshes[i].Name == want && view.Drawn(r, i) {
			return i
		}
	}
	return -1
}
