package explorer

import (
	"fmt"
	"math"
	"strings"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/geom"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/decussate/decussate/scene/words"
	"github.com/go-gl/mathgl/mgl32"
)

// SectionLesionColors are a lesion's mark on a section's face: dark, as
// the cell bodies lost are drawn, in a ring of the yellow presenter mode
// points with, so that it reads over the pale face and the red lower motor
// neuron columns alike.
var SectionLesionColors = struct{ Fill, Ring [4]float32 }{
	Fill: [4]float32{0.12, 0.05, 0.05, 1},
	Ring: [4]float32{1, 0.85, 0.1, 1},
}

// minMark is the smallest mark's radius in millimetres: a bundle a few
// tenths of a millimetre across still shows as a dot.
const minMark = 0.7

// SectionLesionMarks returns the marks, on the face of a section at
// height z, of what the lesions placed destroyed where the section cuts
// it: a sphere's disc, a cut bundle's dot, a destroyed nucleus's disc. The
// lesion's meshes lie above the cut, which hides them; without these marks
// a section chosen to show a lesion would show none.
func SectionLesionMarks(a *anatomy.Atlas, z float64, placed []Placed, res *lesion.Result) []geom.Mesh {
	var out []geom.Mesh
	for i, p := range placed {
		if !p.Sphere() {
			continue
		}
		if r, ok := chord(float64(p.Radius), float64(p.Centre[2])-z); ok {
			out = append(out, mark(a, fmt.Sprintf("section.lesion.%d", i), "lesion", z, p.Centre, r)...)
		}
	}
	if res == nil {
		return out
	}
	for i, d := range res.Destroyed {
		if d.Share < 0.3 || len(d.Path) == 0 {
			continue
		}
		id := fmt.Sprintf("section.destroyed.%d", i)
		if d.Axons {
			r := float32(max(minMark, d.Radius*0.9))
			named := false
			for _, at := range geom.Crossings(geom.Path32(d.Path), float32(z)) {
				m := mark(a, id, words.Destroyed(a, d)+" (cut)", z, at, r)
				if !named && !geom.OnSectionFace(a, z, at.Vec2()) {
					// A nerve cut where it has left the brainstem: its
					// ring beside the face is named, once and shortly
					// (its course is the report's to tell), or it reads
					// as a stray circle.
					fill := &m[len(m)-1]
					fill.Name = shortName(fill.Name)
					fill.Major, fill.Anchor, named = true, fill.Positions[0], true
				}
				out = append(out, m...)
			}
			continue
		}
		if r, ok := chord(d.Radius, d.Path[0][2]-z); ok {
			out = append(out, mark(a, id, words.Destroyed(a, d)+" (lost)", z, geom.Vec32(d.Path[0]), r)...)
		}
	}
	return out
}

// mark returns a lesion's mark on the face of a section at height z.
func mark(a *anatomy.Atlas, id, name string, z float64, at mgl32.Vec3, r float32) []geom.Mesh {
	return geom.SectionMark(a, id, name, z, at, r, SectionLesionColors.Fill, SectionLesionColors.Ring)
}

// chord returns the radius of the circle a plane at distance d from a
// sphere's centre cuts from a sphere of radius r, at least minMark, and
// whether the plane meets it at all.
func chord(r, d float64) (float32, bool) {
	if math.Abs(d) >= r {
		return 0, false
	}
	return float32(max(minMark, math.Sqrt(r*r-d*d))), true
}

// shortName returns name without the course its parentheses tell, its
// last parenthesis kept: "left facial nerve (fascicle looping over the
// abducens nucleus, then trunk) (cut)" is "left facial nerve (cut)".
func shortName(name string) string {
	first, last := strings.Index(name, " ("), strings.LastIndex(name, " (")
	if first < 0 || first == last {
		return name
	}
	return name[:first] + name[last:]
}

// nearFaceMM is how near a section's face (mm) a nerve's mark beside it
// counts toward opening the section there (lesionLevel): where the nerve
// leaves the brainstem, not its trunk further on.
const nearFaceMM = 4

// lesionLevel returns the level a section opened in lesion mode cuts at:
// the one whose face marks most of what the lesions destroyed
// (SectionLesionMarks; a nerve cut where it leaves the brainstem counts
// half as much, its trunk further on not at all), of
// those as good the nearest the last level; false when the last level
// marks some already (the student chose it), or none marks any (a
// peripheral nerve's lesion). A section opened after placing Millard-Gubler
// cut the pyramidal decussation, where X last cut, and showed nothing of
// the lesion in the caudal pons.
func (e *Explorer) lesionLevel() (int, bool) {
	if !e.st.Lesioning() || len(e.st.Lesions) == 0 {
		return 0, false
	}
	res, _ := e.Result()
	a := e.cfg.Atlas
	marks := func(i int) int {
		z := e.levels[i].Z
		n := 0
		for _, m := range SectionLesionMarks(a, z, e.st.Lesions, res) {
			switch at := m.Positions[0].Vec2(); {
			case strings.HasSuffix(m.ID, ".ring"):
			case geom.OnSectionFace(a, z, at):
				n += 2
			case geom.NearSectionFace(a, z, at, nearFaceMM):
				n++ // a nerve cut where it leaves the brainstem
			}
		}
		return n
	}
	if marks(e.sectionAt) > 0 {
		return 0, false
	}
	best, most := 0, 0
	for i := range e.levels {
		n := marks(i)
		if n > most || n == most && n > 0 && abs(i-e.sectionAt) < abs(best-e.sectionAt) {
			best, most = i, n
		}
	}
	return best, most > 0
}

// abs is |n|.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
