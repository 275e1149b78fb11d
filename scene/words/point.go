package words

import "math"

// A lesion placed by a click that destroys nothing of the motor pathways
// is named by the part of the brain it lies in, from its MNI ICBM152
// coordinates: the lobe of a hemisphere, a deep nucleus, the brainstem,
// the cerebellum. The boundaries are a teacher's, not an atlas's: planes
// and boxes fitted to the explorer's model (its meshes' extents) and to
// the template's sulci, good to a few millimetres, which is as well as a
// click on a glass brain is placed.

// box is an axis-aligned region of one hemisphere: |x| from ax to bx, y
// from ay to by, z from az to bz.
type box struct{ ax, bx, ay, by, az, bz float64 }

func (b box) holds(x, y, z float64) bool {
	x = math.Abs(x)
	return x >= b.ax && x <= b.bx && y >= b.ay && y <= b.by && z >= b.az && z <= b.bz
}

// deep are the deep structures of a hemisphere, tried in order: the
// boxes overlap at their edges, and the first wins.
var deep = []struct {
	name string
	box  box
}{
	{"internal capsule", box{18, 24, -26, -2, -2, 16}},
	{"thalamus", box{2, 23, -34, -1, -4, 20}},
	{"caudate nucleus", box{6, 17, -4, 25, -2, 24}},
	{"lentiform nucleus", box{15, 32, -17, 17, -10, 13}},
	{"insula", box{32, 42, -24, 22, -8, 22}},
}

// centralSulcus is the central sulcus's y at height z on the convexity:
// it slopes back from the Sylvian fissure to the vertex, as the model's
// precentral and postcentral gyri meet (their vertices' median y, 10 mm
// band by band).
func centralSulcus(z float64) float64 {
	switch {
	case z < 30:
		return -2
	case z < 60:
		return -2 - 0.75*(z-30)
	}
	return -24.5 - 0.3*(z-60)
}

// gyrusWidth is how far in y a central gyrus reaches from the sulcus,
// its banks included.
const gyrusWidth = 15

// cerebellum tells whether an MNI point lies in the cerebellum: below
// the tentorium, which slopes down from the vermis's top (z about 0) to
// the hemispheres' sides, to the back, and to the front towards the
// temporal lobes.
func cerebellum(x, y, z float64) bool {
	top := 2 - 0.5*math.Abs(x) - 0.35*math.Max(0, -50-y) - math.Max(0, y+45)
	return sq(x/57)+sq((y+61)/35)+sq((z+32)/37) <= 1.05 && z < top
}

// PointPlace names the part of the brain an MNI point (millimetres)
// lies in, with its side where it has one: "left frontal lobe", "right
// thalamus", "cerebellum (vermis)", "basis pontis", "outside the brain".
func PointPlace(x, y, z float64) string {
	side := "left "
	if x > 0 {
		side = "right "
	}
	ax := math.Abs(x)
	switch {
	case z < -68 && ax < 9 && y > -56 && y < -38:
		return "spinal cord"
	case ax < 14 && y > -46 && y < -8 && z >= -27 && z < -4:
		return "midbrain"
	case ax < 21 && y > -46 && y < -12 && z >= -50 && z < -27:
		// The basis in front, where the corticospinal fibres run; the
		// tegmentum behind it, from y −32 (the shipped meshes' border).
		if y > -32 {
			return "basis pontis"
		}
		return "pontine tegmentum"
	case ax < 13 && y > -52 && y < -28 && z >= -71 && z < -50:
		return "medulla"
	case cerebellum(x, y, z):
		if ax < 7 {
			return "cerebellum (vermis)"
		}
		return side + "cerebellar hemisphere"
	}
	// The cerebrum: a point well outside its ellipsoid is outside the
	// brain, one within a few millimetres of the midline between the
	// hemispheres.
	if e := sq(x/72) + sq((y+16)/92) + sq((z-14)/70); e > 1.3 || ax > 74 || y > 76 || y < -109 || z > 84 {
		return "outside the brain"
	}
	if ax < 1.5 {
		if z < 22 && y > -40 && y < 20 {
			return "third ventricle"
		}
		return "gap between the hemispheres"
	}
	for _, d := range deep {
		if d.box.holds(x, y, z) {
			return side + d.name
		}
	}
	cs := centralSulcus(z)
	switch {
	case ax < 14 && z > 50 && y > -48 && y < -8:
		return side + "paracentral lobule"
	case y < -72:
		return side + "occipital lobe"
	case z < 4 && ax > 24 && y < 12:
		return side + "temporal lobe"
	case y > cs+gyrusWidth:
		return side + "frontal lobe"
	case y > cs:
		return side + "precentral gyrus"
	case y > cs-gyrusWidth:
		return side + "postcentral gyrus"
	}
	return side + "parietal lobe"
}

func sq(v float64) float64 { return v * v }
