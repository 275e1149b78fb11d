package lesion_test

import (
	"testing"
)

// TestClicksOnTheNeckAndShoulderStrip: clicks with lesion mode's default
// sphere (6 mm) across the trunk, shoulder and neck parts of the left
// strip. The neck area lays out hot spots for the trapezius, the
// sternocleidomastoid and the deep neck muscles (umn.json), so a click
// there takes the trapezius's neurons more than its neighbours' and
// weakens it by its own loss, not only by what the pool's other routes
// cannot make up (spotloss.go): the right shoulder shrug is mildly weak, as after a hemispheric lesion (ANATOMY.md
// 3.2, accessory XI trapezius: mainly contralateral). The
// sternocleidomastoid, driven from both hemispheres with the same side's
// predominant (ANATOMY.md 4.4), is never weak on the right, and at most
// mildly on the left. A click on the shoulder's hot spots weakens the right
// shoulder, one at the vertex the right hip; none weakens the trunk more
// than mildly (its bilateral supply), nor anything on the left but the
// sternocleidomastoid.
func TestClicksOnTheNeckAndShoulderStrip(t *testing.T) {
	for _, c := range []struct {
		name, site string
		weak       []string // regions weak on the right
	}{
		{"the neck area's middle", "point:-52,-10,50,6", []string{"trapezius"}},
		{"the neck area, toward the thumb", "point:-51,-9,52,6", []string{"trapezius"}},
		{"the neck area, toward the brow", "point:-54,-9,48,6", []string{"trapezius"}},
		{"the neck area, on the deep neck muscles", "point:-50.5,-11.1,51,6", []string{"trapezius"}},
		{"the neck area, on the sternocleidomastoid", "point:-52.4,-10.1,48.1,6", []string{"trapezius"}},
		{"the neck area, most of it", "point:-47,-10,50,6", []string{"trapezius"}},
		{"the shoulder's hot spot", "point:-21.5,-20.9,73.4,6", []string{"shoulder"}},
		{"the shoulder, toward the arm", "point:-24.6,-15.8,73.6,6", []string{"shoulder"}},
		{"the trunk area at the vertex", "point:-18,-24,75.5,6", []string{"hip"}},
		{"the hip at the vertex", "point:-14.3,-22.6,77.3,6", []string{"hip"}},
	} {
		for _, ph := range phases {
			res := evaluate(t, ph, c.site)
			for _, region := range c.weak {
				d := findDeficit(res, region, "R")
				if d == nil || d.Type != "UMN" {
					t.Errorf("%s (%s, %s): %s, want %s:R UMN", c.name, c.site, ph, deficitsText(res), region)
				}
			}
			// Mild; a click that takes the trapezius's hot spot and
			// spares much of the rest of the neck area reaches the
			// edge of moderate (0.35).
			if sev := severity(res, "trapezius", "R"); sev > 0.4 {
				t.Errorf("%s (%s, %s): trapezius:R %.2f, want mild", c.name, c.site, ph, sev)
			}
			if sev := severity(res, "scm", "L"); sev > 0.35 {
				t.Errorf("%s (%s, %s): scm:L %.2f, want at most mild", c.name, c.site, ph, sev)
			}
			for _, region := range []string{"trunk", "neck"} {
				if sev := severity(res, region, "R"); sev >= 0.35 {
					t.Errorf("%s (%s, %s): %s:R %.2f, want at most mild (bilateral supply)", c.name, c.site, ph, region, sev)
				}
			}
			for _, d := range res.Deficits {
				if d.Side == "L" && d.Region != "scm" {
					t.Errorf("%s (%s, %s): %s:L weak, want the right side only (and the left sternocleidomastoid): %s", c.name, c.site, ph, d.Region, deficitsText(res))
				}
			}
			if findDeficit(res, "scm", "R") != nil {
				t.Errorf("%s (%s, %s): scm:R weak, want the right head turn kept: %s", c.name, c.site, ph, deficitsText(res))
			}
		}
	}
}
