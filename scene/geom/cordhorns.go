package geom

import "github.com/decussate/decussate/scene/anatomy"

// The ventral horn's size changes along the cord, as a stained section
// shows it: the lateral motor columns of the limbs swell it at the
// cervical (C5-T1) and lumbosacral (L2-S2) enlargements; in the upper
// cervical cord it holds the medial column and the phrenic and accessory
// nuclei; in the thoracic cord and below S2 it is slender, the medial
// column alone (Standring 2021, ch. 22). Each shape keeps every motor
// column of columns.json at its levels inside it and every tract's place
// outside (TestColumnsInsideVentralHorn, TestTractsInWhiteMatter).
var (
	// enlargedHorn is the ventral horn at the enlargements: longer
	// ventrally and wider, short of the reticulospinal and (at C5) the
	// bulbospinal respiratory tracts' places.
	enlargedHorn = hornShape{0.41, 0.35, 0.28, 0.33}
	// slenderHorn is the thoracic and lower sacral ventral horn.
	slenderHorn = hornShape{0.34, 0.36, 0.2, 0.24}
	// upperHorn is the ventral horn from C1 to C4: smaller than at the
	// enlargement, reaching back to the accessory nucleus at its
	// dorsolateral edge.
	upperHorn = hornShape{0.40, 0.26, 0.25, 0.25}
)

// hornShape is a horn's centre and half-widths, in fractions of the
// segment's half-widths (see horn).
type hornShape struct{ fx, fy, kx, ky float32 }

// Where the enlargements and the slender cord run (anatomy.Level: C1 is
// 0, T1 8, L2 21, S2 26).
const (
	enlargementC5, enlargementT1 = anatomy.Level(4), anatomy.Level(8)
	enlargementL2, enlargementS2 = anatomy.Level(21), anatomy.Level(26)
)

// hornAt returns horn h's shape at cord segment l: the ventral horn's is
// enlarged at the enlargements, smaller above them and slender in the
// thoracic and lower sacral cord; the dorsal horn's (and the horn the
// model was built with, base) is the same at every level.
func hornAt(h horn, l anatomy.Level) hornShape {
	base := hornShape{h.fx, h.fy, h.kx, h.ky}
	if h.id != "ventral_horn" {
		return base
	}
	switch {
	case l >= enlargementC5 && l <= enlargementT1, l >= enlargementL2 && l <= enlargementS2:
		return enlargedHorn
	case l > enlargementT1:
		return slenderHorn
	case l < enlargementC5:
		return upperHorn
	}
	return base
}

// hornSections returns horn h's cross-sections on side s at every
// segment's top and the last one's bottom, each segment's own shape.
func hornSections(a *anatomy.Atlas, s anatomy.Side, h horn) []section {
	var secs []section
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		seg := a.Segment(l)
		sh := hornAt(h, l)
		secs = append(secs, cordSection(seg, seg.Top, s, sh.fx, sh.fy, sh.kx, sh.ky))
	}
	last := anatomy.Level(anatomy.NumLevels - 1)
	seg, sh := a.Segment(last), hornAt(h, last)
	return append(secs, cordSection(seg, seg.Bottom, s, sh.fx, sh.fy, sh.kx*0.4, sh.ky*0.4))
}
