package geom

import (
	"math"

	"github.com/decussate/decussate/scene/anatomy"
	"github.com/go-gl/mathgl/mgl32"
)

// gyrusOrder is the precentral gyrus from the medial surface over the
// vertex down to the Sylvian fissure: the homunculus in order.
var gyrusOrder = []string{"bladder", "leg", "trunk", "arm", "hand", "neck", "face", "tongue"}

// Ribbon geometry: the gyrus's half-width and the central sulcus's width
// behind it, in millimetres, and how far above the shell they lie so that
// they show crisply on it.
const (
	ribbonHalf    = 7
	sulcusWidth   = 2.5
	ribbonLift    = 0.6
	ribbonSamples = 7 // per area-to-area stretch
)

// hemiSurface returns the point of the left hemisphere's surface seen from
// its centre in the direction of p.
func hemiSurface(p mgl32.Vec3) mgl32.Vec3 {
	d := p.Sub(hemiCentre)
	u := [3]float64{float64(d[0] / hemiRadius[0]), float64(d[1] / hemiRadius[1]), float64(d[2] / hemiRadius[2])}
	sum := math.Pow(math.Abs(u[0]), hemiExponent) + math.Pow(math.Abs(u[1]), hemiExponent) + math.Pow(math.Abs(u[2]), hemiExponent)
	k := float32(math.Pow(sum, -1/hemiExponent))
	return sculpt(hemiCentre.Add(d.Mul(k)))
}

// addGyrus adds the precentral gyrus of each hemisphere as a ribbon on its
// surface, coloured by somatotopy with sharp borders, and the central
// sulcus as a dark line behind it: drawn as shapes of their own rather
// than painted on the shell, so that they stay crisp at any size.
func addGyrus(m *Model, a *anatomy.Atlas) error {
	var centres []mgl32.Vec3
	for _, id := range gyrusOrder {
		ar := a.Area(id)
		if ar == nil {
			return nil // an atlas without the area has no band for it
		}
		centres = append(centres, Vec32(ar.At))
	}
	for _, side := range []anatomy.Side{anatomy.Left, anatomy.Right} {
		var gyrus, sulcus surfaceBuilder
		for i := 0; i+1 < len(centres); i++ {
			for k := 0; k <= ribbonSamples; k++ {
				t := float32(k) / ribbonSamples
				c := centres[i].Mul(1 - t).Add(centres[i+1].Mul(t))
				// Each half of a stretch takes its nearer area's colour;
				// the seam is doubled so that the border stays sharp.
				area := gyrusOrder[i]
				if t > 0.5 || (t == 0.5 && k > ribbonSamples/2) {
					area = gyrusOrder[i+1]
				}
				color := channelColors[area]
				front, back := lifted(c.Add(mgl32.Vec3{0, ribbonHalf, 0})), lifted(c.Add(mgl32.Vec3{0, -ribbonHalf, 0}))
				gyrus.strip(front, back, color, side)
				s0, s1 := lifted(c.Add(mgl32.Vec3{0, -ribbonHalf - 0.5, 0})), lifted(c.Add(mgl32.Vec3{0, -ribbonHalf - 0.5 - sulcusWidth, 0}))
				sulcus.strip(s0, s1, sulcusColor, side)
			}
			gyrus.breakStrip()
			sulcus.breakStrip()
		}
		g := gyrus.mesh("precentral."+side.String(), sideName(side, "precentral gyrus (motor cortex)"), "gyrus")
		g.Major = true
		g.Anchor = Vec32(anatomy.OnSide(atlas64(lifted(centres[4])), side))
		if err := m.add(g); err != nil {
			return err
		}
		s := sulcus.mesh("central_sulcus."+side.String(), sideName(side, "central sulcus"), "gyrus")
		s.Anchor = s.Positions[len(s.Positions)/2]
		if err := m.add(s); err != nil {
			return err
		}
	}
	return nil
}

// lifted returns the surface point above p, raised a little off the shell.
func lifted(p mgl32.Vec3) mgl32.Vec3 {
	s := hemiSurface(p)
	out := s.Sub(hemiCentre).Normalize()
	return s.Add(out.Mul(ribbonLift))
}

// surfaceBuilder collects ribbons: strips of quads between pairs of edge
// points, broken where a new strip starts.
type surfaceBuilder struct {
	pos    []mgl32.Vec3
	colors [][4]float32
	idx    []uint32
	open   bool
}

// strip adds the next pair of edge points (left-hemisphere coordinates,
// moved to side) and joins them to the previous pair.
func (b *surfaceBuilder) strip(p, q mgl32.Vec3, c [4]float32, side anatomy.Side) {
	if side == anatomy.Right {
		p[0], q[0] = -p[0], -q[0]
	}
	n := uint32(len(b.pos))
	b.pos = append(b.pos, p, q)
	b.colors = append(b.colors, c, c)
	if b.open {
		// Wound so that the ribbon faces outward on either side.
		if side == anatomy.Right {
			b.idx = append(b.idx, n-2, n-1, n, n, n-1, n+1)
		} else {
			b.idx = append(b.idx, n-2, n, n-1, n, n+1, n-1)
		}
	}
	b.open = true
}

func (b *surfaceBuilder) breakStrip() { b.open = false }

func (b *surfaceBuilder) mesh(id, name, group string) Mesh {
	return Mesh{ID: id, Name: name, Group: group, Color: b.colors[0], Colors: b.colors,
		Positions: b.pos, Indices: b.idx, Normals: normals(b.pos, b.idx)}
}
