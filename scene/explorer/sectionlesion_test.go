package explorer

import (
	"testing"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/lesion"
	"github.com/go-gl/mathgl/mgl32"
)

// TestSectionLesionMarks: a lesion is marked on a section where the
// section cuts it (a sphere, a destroyed nucleus, a cut bundle), and
// nowhere else.
func TestSectionLesionMarks(t *testing.T) {
	cfg, err := ShippedCore()
	if err != nil {
		t.Fatal(err)
	}
	a := cfg.Atlas
	const z = -53.0
	nucleus := func(at float64) *lesion.Result {
		return &lesion.Result{Destroyed: []lesion.Destroyed{{Share: 1, Radius: 1.5, Path: []anatomy.Point{{-7.5, -41, at}}}}}
	}
	bundle := &lesion.Result{Destroyed: []lesion.Destroyed{{Share: 1, Radius: 1, Axons: true, Path: []anatomy.Point{{-5, -35, -40}, {-5, -35, -50}, {-5, -36, -60}}}}}
	for _, c := range []struct {
		name   string
		placed []Placed
		res    *lesion.Result
		marks  int
	}{
		{"sphere through the plane", []Placed{{Centre: mgl32.Vec3{3, -30, -51}, Radius: 4}}, nil, 1},
		{"sphere above the plane", []Placed{{Centre: mgl32.Vec3{3, -30, -45}, Radius: 4}}, nil, 0},
		{"named site (its damage marks it)", []Placed{{Site: "nucleus_ambiguus:L"}}, nil, 0},
		{"nucleus cut by the plane", nil, nucleus(-52), 1},
		{"nucleus 2 mm above", nil, nucleus(-51), 0},
		{"bundle crossing", nil, bundle, 1},
		{"bundle spared (share under 0.3)", nil, &lesion.Result{Destroyed: []lesion.Destroyed{{Share: 0.2, Radius: 1, Axons: true, Path: bundle.Destroyed[0].Path}}}, 0},
	} {
		got := SectionLesionMarks(a, z, c.placed, c.res)
		// Each mark is a ring under a fill.
		if len(got) != 2*c.marks {
			t.Errorf("%s: %d meshes, want %d marks", c.name, len(got), c.marks)
			continue
		}
		for _, m := range got {
			if m.Group != "section" {
				t.Errorf("%s: mark %s in group %q: the section's cut would clip it", c.name, m.ID, m.Group)
			}
			if p := m.Positions[0]; p[2] >= z {
				t.Errorf("%s: mark %s at z %.1f, not on the face's viewer side (below %.0f)", c.name, m.ID, p[2], z)
			}
		}
	}
}

// TestCutNerveNamedOffTheFace: a bundle a lesion cuts where it has left
// the brainstem or the cord (a nerve beside the pons, a root beside the
// cord) is named on the section, once and without its course; one cut on
// the face is not (its structure is named already).
func TestCutNerveNamedOffTheFace(t *testing.T) {
	cfg, err := ShippedCore()
	if err != nil {
		t.Fatal(err)
	}
	a := cfg.Atlas
	c8 := a.Segment(anatomy.Level(7))
	cordZ := (c8.Top + c8.Bottom) / 2
	down := func(x, y, z float64) []anatomy.Point {
		return []anatomy.Point{{x, y, z + 5}, {x, y, z - 5}}
	}
	// Up, down and up again through the plane: crossing it three times.
	zigzag := func(x, y, z float64) []anatomy.Point {
		return []anatomy.Point{{x, y, z + 3}, {x - 1, y, z - 3}, {x - 2, y, z + 3}, {x - 3, y, z - 3}}
	}
	for _, c := range []struct {
		name  string
		z     float64
		path  []anatomy.Point
		named string
	}{
		{"nerve beside the medulla", -53, zigzag(-25, -30, -53), "left facial nerve (cut)"},
		{"bundle in the medulla", -53, down(-5, -35, -53), ""},
		{"root beside the cord", cordZ, down(-12, c8.Y, cordZ), "left facial nerve (cut)"},
		{"tract in the cord", cordZ, down(-0.5*c8.RX, c8.Y, cordZ), ""},
	} {
		d := lesion.Destroyed{Name: "facial nerve (fascicle looping over the abducens nucleus, then trunk)", Side: "L", Share: 1, Radius: 1, Axons: true, Path: c.path}
		var names []string
		for _, m := range SectionLesionMarks(a, c.z, nil, &lesion.Result{Destroyed: []lesion.Destroyed{d}}) {
			if m.Major {
				names = append(names, m.Name)
			}
		}
		switch {
		case c.named == "" && len(names) > 0:
			t.Errorf("%s: named %q on the face", c.name, names)
		case c.named != "" && (len(names) != 1 || names[0] != c.named):
			t.Errorf("%s: named %q, want %q once", c.name, names, c.named)
		}
	}
}
