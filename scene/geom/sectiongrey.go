package geom

import (
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// The cord's grey matter on a section is one butterfly (H) shape, as a
// stained section and an axial MRI show it (Standring 2021, ch. 22, the
// cord's sections at each region; Kiernan 2014, ch. 5): the ventral horns
// in front, broad at the enlargements where the lateral motor columns
// swell them and slender in the thoracic cord (hornAt: the same ellipses
// the model's horns and the motor columns use); the dorsal horns long and
// narrow, reaching back and out toward the dorsolateral sulcus, their
// heads broader at the enlargements; the grey commissure joining the two
// halves around the central canal; and at T1-L2 the lateral horn, the
// intermediolateral column of sympathetic preganglionic neurons, pointing
// out at the canal's level. The shapes are drawn to those figures, in
// fractions of each segment's measured half-widths (segments.json); no
// per-segment measurement of the grey matter's outline is used.
type greyShape struct {
	ventral hornShape
	// dorsal is the dorsal horn: its base at the commissure's back
	// corner, its apex near the surface and the half-width of its head.
	base, apex mgl32.Vec2
	head       float32
	lateral    bool
}

// The commissure's front and back edges and the central canal's place,
// in fractions of the segment's anteroposterior half-width.
const (
	commissureFront = float32(0.05)
	commissureBack  = float32(-0.16)
	canalY          = float32(-0.05)
)

// sympatheticFirst and sympatheticLast bound the lateral horn: T1 to L2
// (Standring 2021, ch. 22).
const sympatheticFirst, sympatheticLast = anatomy.Level(8), anatomy.Level(21)

// greyAt returns the grey matter's shape at cord segment l.
func greyAt(l anatomy.Level) greyShape {
	v := hornAt(horns[0], l)
	g := greyShape{ventral: v, base: mgl32.Vec2{0.2, -0.17}, apex: mgl32.Vec2{0.4, -0.86}, head: 0.085}
	switch {
	case l >= enlargementC5 && l <= enlargementT1, l >= enlargementL2 && l <= enlargementS2:
		g.head = 0.12
	case l > enlargementT1:
		g.head = 0.065
	}
	g.lateral = l >= sympatheticFirst && l <= sympatheticLast
	return g
}

// greyOutline returns the grey matter's outline at segment l, counter-
// clockwise seen from above, in fractions (x toward the patient's left
// negative, as MNI's, y forward) of the segment's half-widths.
func greyOutline(l anatomy.Level) Outline {
	half := greyHalf(greyAt(l))
	out := make(Outline, 0, 2*len(half))
	// The left half runs from the front of the commissure back to its
	// back; the right half, mirrored, comes forward again.
	for _, p := range half {
		out = append(out, mgl32.Vec2{-p[0], p[1]})
	}
	for i := len(half) - 2; i >= 1; i-- { // the midline's points once
		out = append(out, half[i])
	}
	if out.Area() < 0 {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return out
}

// greyHalf returns one half of the grey matter's outline, lateral
// positive, from the front of the commissure on the midline round the
// ventral horn, the lateral horn if any, down the dorsal horn's lateral
// side, round its apex and back up its medial side to the back of the
// commissure on the midline.
func greyHalf(g greyShape) []mgl32.Vec2 {
	v := g.ventral
	pts := []mgl32.Vec2{{0, commissureFront}, {0.1, commissureFront + 0.03}}
	// The ventral horn, from its medial base forward, round its front
	// and down its lateral side.
	for deg := 215.0; deg >= -70; deg -= 15 {
		a := deg * math.Pi / 180
		pts = append(pts, mgl32.Vec2{v.fx + v.kx*float32(math.Cos(a)), v.fy + v.ky*float32(math.Sin(a))})
	}
	if g.lateral {
		pts = append(pts, mgl32.Vec2{0.4, 0.03}, mgl32.Vec2{0.5, -0.02}, mgl32.Vec2{0.38, -0.07})
	}
	// The intermediate grey's lateral edge, then the dorsal horn: an
	// ellipse along the line from its base to its apex.
	pts = append(pts, mgl32.Vec2{0.32, -0.1})
	axis := g.apex.Sub(g.base)
	length := axis.Len() / 2
	u := axis.Normalize()
	n := mgl32.Vec2{-u[1], u[0]} // toward the midline's side of the axis
	if n[0] > 0 {
		n = n.Mul(-1)
	}
	c := g.base.Add(g.apex).Mul(0.5)
	for deg := 150.0; deg >= -150; deg -= 15 {
		a := deg * math.Pi / 180
		// From the neck's lateral side (deg 150) round the apex (0) to
		// its medial side; the neck narrower than the head.
		along := float32(math.Cos(a)) * length
		w := g.head * float32(math.Sin(a))
		if along < 0 {
			w *= 0.7
		}
		pts = append(pts, c.Add(u.Mul(along)).Sub(n.Mul(w)))
	}
	return append(pts, mgl32.Vec2{0.1, commissureBack - 0.02}, mgl32.Vec2{0, commissureBack})
}

// greyMesh returns the grey matter's cut face at segment l: one filled
// outline at height z, centred on the segment's axis and scaled to its
// half-widths, and its darker rim at height zRim.
func greyMesh(seg *anatomy.Segment, l anatomy.Level, z, zRim float32) (fill, rim Mesh) {
	o := greyOutline(l)
	rx, ry, y := float32(seg.RX), float32(seg.RY), float32(seg.Y)
	mm := make(Outline, len(o))
	for i, p := range o {
		mm[i] = mgl32.Vec2{p[0] * rx, y + p[1]*ry}
	}
	fill = outlineMesh("section.grey", "grey matter", []Outline{mm}, z, sectionGrey)
	fill.Major = true
	fill.Anchor = mgl32.Vec3{0, y + canalY*ry, z}
	rim = rimMesh("section.grey.rim", "grey matter", []Outline{mm}, zRim, greyRimShare*rx, darker(sectionGrey))
	return fill, rim
}

// greyName returns a named place on the grey matter with nothing drawn:
// its label's anchor (the dorsal and lateral horns, drawn as the grey's
// own outline).
func greyName(id, name string, at mgl32.Vec3) Mesh {
	return Mesh{ID: id, Name: name, Group: "section", Color: sectionGrey, Major: true, Anchor: at}
}

// greyRimShare is the grey matter's rim, as a share of the segment's
// transverse half-width: a tenth of a millimetre and more in the cervical
// cord, fine enough at the conus not to blot out its small grey.
const greyRimShare = 0.02
