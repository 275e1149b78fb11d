package geom

import (
	"fmt"
	"math"
	"strings"

	"github.com/decussate/decussate/internal/quote"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/trace"
	"github.com/go-gl/mathgl/mgl32"
)

// SectionLevel is a level a horizontal section can be cut at.
type SectionLevel struct {
	// ID is what a command line or a link names it by: midbrain, pons,
	// caudal_pons, medulla, decussation, or a cord segment (C5).
	ID string
	// Name is what the caption says.
	Name string
	// Z is the plane's height in atlas millimetres.
	Z float64
}

// SectionLevels returns the levels sections step through, top down: the
// brainstem's, then every cord segment at its middle.
func SectionLevels(a *anatomy.Atlas) []SectionLevel {
	levels := []SectionLevel{
		{"capsule", "internal capsule, through the thalamus and lentiform nucleus", capsuleZ},
		{"midbrain", "midbrain, at the cerebral peduncles", -13},
		{"pons", "rostral pons, above the facial nucleus", -27},
		{"caudal_pons", "caudal pons, at the facial nucleus", nucleusZ(a, "cn7_nucleus", -36)},
		{"medulla", "medulla, at the pyramids and olives", -53},
		{"decussation", "pyramidal decussation, at the cervicomedullary junction", decussationZ(a)},
	}
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		seg := a.Segment(l)
		levels = append(levels, SectionLevel{l.String(), "spinal cord segment " + l.String(), (seg.Top + seg.Bottom) / 2})
	}
	return levels
}

// capsuleZ is the height of the classic horizontal section through the
// internal capsule (MNI millimetres): its anterior limb, genu and
// posterior limb between the caudate's head, the lentiform nucleus and
// the thalamus. The brainstem's levels below are where the Allen
// atlas's structures that name them are cut (crus, basis pontis,
// pyramids with olives).
const capsuleZ = 6

// nucleusZ returns the height of the atlas's nucleus id, or else z.
func nucleusZ(a *anatomy.Atlas, id string, z float64) float64 {
	for _, n := range a.Nuclei {
		if n.ID == id {
			return n.At[2]
		}
	}
	return z
}

// decussationZ is the middle of the atlas's pyramidal decussation, its
// arm fibres crossing above its leg fibres.
func decussationZ(a *anatomy.Atlas) float64 {
	if len(a.Decussations) == 0 {
		return a.Segment(0).Top
	}
	var z float64
	for _, d := range a.Decussations {
		z += d.Z
	}
	return z / float64(len(a.Decussations))
}

// SectionAim returns where a camera looking up at level l's cut face
// aims and from how far (atlas millimetres): the cord's from close
// below; the brainstem's, or the deep nuclei's at the capsule level,
// framed to fill about half the height of a landscape frame.
func SectionAim(a *anatomy.Atlas, l SectionLevel) (target mgl32.Vec3, distance float32) {
	z := float32(l.Z)
	if l.Z < a.Segment(0).Top {
		return mgl32.Vec3{0, float32(a.Segment(0).Y), z}, 45
	}
	if real, err := ShippedSectionAnatomy(); err == nil {
		if lo, hi, ok := real.FaceBounds(l.Z); ok {
			c, size := lo.Add(hi).Mul(0.5), hi.Sub(lo)
			d := max(aimPerHeight*size[1], aimPerWidth*size[0])
			return mgl32.Vec3{c[0], c[1], z}, max(aimNearest, min(aimFarthest, d))
		}
	}
	return mgl32.Vec3{0, -30, z}, 120
}

// Framing a section: the explorer's field of view shows about half the
// camera's distance in height and four fifths of it in width (16:10), and
// the face is to take about half of that, leaving room for the labels.
const (
	aimPerHeight = 3.6
	aimPerWidth  = 2.2
	aimNearest   = 60
	aimFarthest  = 400
)

// FindSectionLevel returns the level named id (in any case).
func FindSectionLevel(a *anatomy.Atlas, id string) (SectionLevel, error) {
	var ids []string
	for _, l := range SectionLevels(a) {
		if strings.EqualFold(l.ID, id) {
			return l, nil
		}
		ids = append(ids, l.ID)
	}
	return SectionLevel{}, fmt.Errorf("unknown section level %s (want %s, or a cord segment C1 to Co1)", quote.Short(id), strings.Join(ids[:6], ", "))
}

// Section colours: the cut face pale like fixed tissue, grey matter
// darker, lower motor neuron columns red, descending tracts other than the
// corticospinal grey, traced fibres bright.
var (
	faceColor   = [4]float32{0.93, 0.91, 0.86, 0.95}
	sectionGrey = [4]float32{0.55, 0.52, 0.56, 1}
	otherTract  = [4]float32{0.45, 0.47, 0.55, 1}
	tracedColor = [4]float32{1, 1, 0.85, 1}
	fibreDot    = float32(0.9)
	tracedDot   = float32(1.3)
	// sectionLift moves what lies on the face toward the viewer, who looks
	// up at it from below (as at a scan: front at the top, the patient's
	// right on the left): past the real structures' fills and rims, which
	// lie within 2.2 mm of the plane (see innerLift); in the cord, seen
	// from closer, by less, over its procedural face.
	sectionLift  = float32(-3)
	cordLift     = float32(-1.2)
	sectionSides = 28
)

// Section returns the cut face of a horizontal section at level z (atlas
// millimetres): above the cord, the real outline of each structure the
// plane cuts (see SectionAnatomy.Face), named, with the cranial motor
// nuclei at that level; in the cord, its procedural outline, grey matter
// and tracts at the atlas's segment; a dot where each somatotopic channel
// of each side crosses the plane (so the lamination and the crossing
// show), and, when chain is given, a bright dot where each traced branch
// crosses it.
func Section(a *anatomy.Atlas, z float64, chain *trace.Chain) []Mesh {
	var out []Mesh
	zf := float32(z)
	dot, lit, lift := fibreDot, tracedDot, sectionLift
	if z < a.Segment(0).Top {
		// The cord is a centimetre across: its tracts' dots are smaller.
		dot, lit, lift = 0.42, 0.65, cordLift
	}
	add := func(id, name string, c mgl32.Vec3, rx, ry float32, color [4]float32, lift float32) {
		out = append(out, disc(id, name, mgl32.Vec3{c[0], c[1], zf + lift}, rx, ry, color))
	}
	top := a.Segment(0).Top
	if z >= top {
		if real, err := ShippedSectionAnatomy(); err == nil {
			out = append(out, real.Face(z)...)
		}
		if len(out) == 0 {
			// Without the meshes (a broken build), or below their end
			// and above the cord's top, the procedural outline still
			// shows where the pathways lie.
			c, rx, ry := brainstemOutline(zf, float32(top))
			add("section.face", "cut face", c, rx, ry, faceColor, 0)
		}
		for _, n := range a.Nuclei {
			if d := math.Abs(n.At[2] - z); d < n.R {
				r := float32(math.Sqrt(n.R*n.R - d*d))
				for _, s := range []anatomy.Side{anatomy.Left, anatomy.Right} {
					at := Vec32(anatomy.OnSide(n.At, s))
					add("section.nucleus."+n.ID+"."+s.String(), sideWord(s)+" "+n.Name, at, r, r, nucleusColor, lift)
					out[len(out)-1].Major, out[len(out)-1].Anchor = true, mgl32.Vec3{at[0], at[1], zf + lift}
				}
			}
		}
	} else {
		l := levelAt(a, z)
		seg := a.Segment(l)
		rx, ry := float32(seg.RX), float32(seg.RY)
		y := float32(seg.Y)
		add("section.face", "cut face of "+l.String(), mgl32.Vec3{0, y, 0}, rx, ry, faceColor, 0)
		named := func() { out[len(out)-1].Major, out[len(out)-1].Anchor = true, out[len(out)-1].Positions[0] }
		grey, rim := greyMesh(seg, l, zf+lift*0.3, zf+lift*0.6)
		out = append(out, grey, rim, greyName("section.dorsal_columns", "dorsal columns", mgl32.Vec3{0, y - 0.62*ry, zf + lift*0.5}))
		g := greyAt(l)
		for _, s := range []anatomy.Side{anatomy.Left, anatomy.Right} {
			sx := float32(-1)
			if s == anatomy.Right {
				sx = 1
			}
			// The ventral horn's motor neurons, red within the grey; the
			// dorsal and lateral horns are the grey's own, named where
			// they lie.
			sh := hornAt(horns[0], l)
			hc := mgl32.Vec3{sx * sh.fx * rx, y + sh.fy*ry, 0}
			out = append(out, ventralRoot(l, s, zf+lift*rootLiftShare, hc, sh.kx*rx, sh.ky*ry, y, rx, ry))
			add("section.ventral_horn."+s.String(), sideWord(s)+" "+horns[0].name, hc, sh.kx*rx, sh.ky*ry, horns[0].cut, lift*0.5)
			named()
			d := g.base.Add(g.apex).Mul(0.5)
			out = append(out, greyName("section.dorsal_horn."+s.String(), sideWord(s)+" dorsal horn", mgl32.Vec3{sx * d[0] * rx, y + d[1]*ry, zf + lift*0.5}))
			if g.lateral {
				out = append(out, greyName("section.lateral_horn."+s.String(), sideWord(s)+" lateral horn", mgl32.Vec3{sx * 0.44 * rx, y - 0.02*ry, zf + lift*0.5}))
			}
			for _, t := range a.Tracts {
				if t.ByChannel || a.TractEnds(&t, "") < l {
					continue
				}
				p := Vec32(a.CordPoint(l, t.At[0], t.At[1], s, z))
				add("section.tract."+t.ID+"."+s.String(), sideWord(s)+" "+t.Name, p, dot, dot, otherTract, lift)
				// The anterior corticospinal tract is named where it lies.
				if t.ID == "anterior_cst" {
					named()
				}
			}
			// The lateral corticospinal tract is its channels' dots
			// (below): named once, at their middle, by the side it lies
			// on (the fibres from the other side's cortex).
			var mid mgl32.Vec3
			n := 0
			for i := range a.Channels {
				if c := &a.Channels[i]; c.Kind == "corticospinal" {
					for _, p := range crossings(ChannelPath(a, c, s), zf) {
						mid, n = mid.Add(p), n+1
					}
				}
			}
			if n > 0 {
				mid = mid.Mul(1 / float32(n))
				mid[2] = zf + lift
				in := anatomy.Left
				if mid[0] > 0 {
					in = anatomy.Right
				}
				out = append(out, greyName("section.lateral_cst."+in.String(), sideWord(in)+" lateral corticospinal tract", mid))
			}
		}
	}
	for i := range a.Channels {
		c := &a.Channels[i]
		for _, s := range []anatomy.Side{anatomy.Left, anatomy.Right} {
			for _, p := range crossings(ChannelPath(a, c, s), zf) {
				add("section.fibres."+c.ID+"."+s.String(), c.Kind+" fibres from the "+sideWord(s)+" "+areaWords(a, c.Area), p, dot, dot, channelColors[c.ID], lift)
			}
		}
	}
	if chain != nil {
		for i, n := range chain.Branches() {
			for _, p := range crossings(n.Branch.Path, zf) {
				add(fmt.Sprintf("section.traced.%d", i), "traced fibres", p, lit, lit, tracedColor, 2*lift)
			}
		}
	}
	return out
}

// levelAt returns the cord segment at height z.
func levelAt(a *anatomy.Atlas, z float64) anatomy.Level {
	for l := anatomy.Level(0); l < anatomy.NumLevels; l++ {
		if z > a.Segment(l).Bottom {
			return l
		}
	}
	return anatomy.NumLevels - 1
}

// brainstemOutline returns the centre and half-widths of the brainstem's
// cross-section at height z, following the shapes addBrainstem draws: the
// medulla tapers from z -38 to the cord's top at cordTop.
func brainstemOutline(z, cordTop float32) (mgl32.Vec3, float32, float32) {
	switch {
	case z > -17:
		return mgl32.Vec3{0, -22, 0}, 18, 12
	case z > -40:
		return mgl32.Vec3{0, -29, 0}, 17, 14
	}
	t := (-38 - z) / (-38 - cordTop)
	return mgl32.Vec3{0, -39 - 6*t, 0}, 10 - 4*t, 8 - 3.5*t
}

// crossings returns where a path crosses the plane at height z.
func crossings(path []mgl32.Vec3, z float32) []mgl32.Vec3 {
	var out []mgl32.Vec3
	for i := 1; i < len(path); i++ {
		a, b := path[i-1], path[i]
		if (a[2]-z)*(b[2]-z) > 0 || a[2] == b[2] {
			continue
		}
		t := (z - a[2]) / (b[2] - a[2])
		if t == 1 && i+1 < len(path) {
			continue // counted as the next piece's start
		}
		out = append(out, a.Add(b.Sub(a).Mul(t)))
	}
	return out
}

// disc returns a flat ellipse facing down, to a viewer below, centred at c.
func disc(id, name string, c mgl32.Vec3, rx, ry float32, color [4]float32) Mesh {
	pos := []mgl32.Vec3{c}
	var idx []uint32
	for k := 0; k < sectionSides; k++ {
		a := 2 * math.Pi * float64(k) / float64(sectionSides)
		pos = append(pos, c.Add(mgl32.Vec3{rx * float32(math.Cos(a)), ry * float32(math.Sin(a)), 0}))
		// Wound to face down (-z), seen from below.
		idx = append(idx, 0, uint32(1+(k+1)%sectionSides), uint32(1+k))
	}
	nrm := make([]mgl32.Vec3, len(pos))
	for i := range nrm {
		nrm[i] = mgl32.Vec3{0, 0, -1}
	}
	return Mesh{ID: id, Name: name, Group: "section", Color: color, Positions: pos, Normals: nrm, Indices: idx}
}
