package lesion_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/decussate/decussate/internal/testatlas"
	"github.com/decussate/decussate/scene/explorer"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// TestClicksAcrossTheLegArea: clicks across the left paracentral lobule,
// from the medial side (the right hemisphere cut away) and from above,
// placed as lesion mode places them (explorer.LesionCentre, the default
// radius). On the medial surface, the leg and foot area proper, a click
// weakens the right leg with the foot and ankle worst (ANATOMY.md 3.1:
// distal greatest; 3.3: foot and leg on the medial surface). At the
// vertex, where Penfield's strip puts the hip, the hip is weakest, and
// the heading says "hip area", not "leg and foot area": it once named the
// leg and foot area and the trunk area over a finding of the hip alone.
// Every heading names only the part the findings come from.
func TestClicksAcrossTheLegArea(t *testing.T) {
	a := testatlas.Atlas(t)
	fromMedial := mgl32.Vec3{300, -28, 62}
	fromAbove := mgl32.Vec3{-40, -28, 380}
	for _, c := range []struct {
		view     string
		surface  mgl32.Vec3
		eye      mgl32.Vec3
		worst    string
		headPart string
	}{
		{"from the medial side", mgl32.Vec3{-3, -34, 56}, fromMedial, "ankle_foot", "foot and ankle area"},
		{"from the medial side", mgl32.Vec3{-3, -28, 56}, fromMedial, "ankle_foot", "foot and ankle area"},
		{"from the medial side", mgl32.Vec3{-3, -22, 56}, fromMedial, "ankle_foot", "foot and ankle area"},
		{"from the medial side", mgl32.Vec3{-3, -28, 60}, fromMedial, "ankle_foot", "foot and ankle area"},
		{"from the medial side", mgl32.Vec3{-3, -34, 64}, fromMedial, "ankle_foot", "foot and ankle area"},
		{"from the medial side", mgl32.Vec3{-3, -28, 64}, fromMedial, "ankle_foot", "foot and ankle area"},
		{"from the medial side", mgl32.Vec3{-3, -22, 64}, fromMedial, "ankle_foot", "foot and ankle area"},
		{"from the medial side", mgl32.Vec3{-3, -28, 68}, fromMedial, "ankle_foot", "foot and ankle area"},
		{"from the medial side", mgl32.Vec3{-3, -22, 68}, fromMedial, "ankle_foot", "foot and ankle area"},
		{"from above", mgl32.Vec3{-10, -45, 79}, fromAbove, "hip", "hip area"},
		{"from above", mgl32.Vec3{-5, -21, 79}, fromAbove, "hip", "hip area"},
		{"from above", mgl32.Vec3{-5, -15, 78}, fromAbove, "hip", "hip area"},
		{"from above", mgl32.Vec3{-12, -22, 81}, fromAbove, "hip", "hip area"},
	} {
		radius := explorer.RadiusAt(c.surface)
		at := explorer.LesionCentre(geom.Teaching, "paracentral.L", geom.Teaching.Warp(c.surface), geom.Teaching.Warp(c.eye), radius)
		site := fmt.Sprintf("point:%.1f,%.1f,%.1f,%g", at[0], at[1], at[2], radius)
		where := fmt.Sprintf("%s at (%.0f, %.0f, %.0f), %s", c.view, c.surface[0], c.surface[1], c.surface[2], site)
		res := evaluate(t, lesion.Chronic, site)
		worst, sev := "", 0.0
		for _, d := range res.Deficits {
			if d.Side != "R" || d.Type != "UMN" {
				t.Errorf("%s: %s, want only the right side weak, upper motor neuron type", where, deficitsText(res))
			}
			if d.Severity > sev {
				worst, sev = d.Region, d.Severity
			}
		}
		if worst != c.worst {
			t.Errorf("%s: weakest %q (%s), want %s", where, worst, deficitsText(res), c.worst)
		}
		head := words.LesionHeading(a, res, []string{site})
		if want := "Lesion in the left paracentral lobule (" + c.headPart + ")"; head != want {
			t.Errorf("%s: heading %q, want %q (%s)", where, head, want, deficitsText(res))
		}
		if strings.Contains(head, "trunk") || strings.Contains(head, "right") {
			t.Errorf("%s: heading %q names what the findings do not come from (%s)", where, head, deficitsText(res))
		}
	}
}
